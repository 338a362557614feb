package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

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
        int version) implements ReferralQueueLine {

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
