package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;
import org.opencsc.workforce.WorkerCaseload;

/**
 * A referral: the start of a child-in-need episode (CIN census CINdetails), and who holds it.
 * {@code contactId} and {@code primaryNeed} are null only for an episode imported from another
 * system's census, which came from no contact here and may have been closed with no need recorded.
 */
public record Referral(
        long id,
        Long contactId,
        long personId,
        String childName,
        LocalDate childDateOfBirth,
        LocalDate referralDate,
        ReferralSource source,
        PrimaryNeed primaryNeed,
        boolean reReferral,
        Long previousReferralId,
        LocalDate previousReferralDate,
        Long teamId,
        String teamName,
        Long workerId,
        String workerName,
        Instant allocatedAt,
        LocalDate closedOn,
        String closureReason,
        int version,
        @Schema(description = "Only in the answer to an allocation: the worker's caseload now, with the allocated children, against "
                + "their limit. atOrOverLimit is a warning, not a refusal: a manager may decide to allocate to a full caseload")
        WorkerCaseload workerCaseload) implements ReferralQueueLine {

    /** The referral as an allocation answers it: with the worker's caseload after the allocation. */
    Referral withCaseload(WorkerCaseload caseload) {
        return new Referral(id, contactId, personId, childName, childDateOfBirth, referralDate, source, primaryNeed, reReferral,
                previousReferralId, previousReferralDate, teamId, teamName, workerId, workerName, allocatedAt, closedOn, closureReason,
                version, caseload);
    }

    @Override
    public boolean withheld() {
        return false;
    }

    /** The primary need as pages and summaries say it: "N1 Abuse or neglect", or that none was recorded. */
    public String primaryNeedText() {
        return primaryNeed == null ? "no primary need recorded" : primaryNeed.code() + " " + primaryNeed.label();
    }

    /**
     * The brothers and sisters allocated together: the referrals of one contact (its id), or an
     * imported referral alone ("r" and its id), which came from no contact, so has no siblings by one.
     */
    public String siblingGroup() {
        return contactId != null ? contactId.toString() : "r" + id;
    }

    public boolean allocated() {
        return workerId != null;
    }
}
