package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

/** A referral: the start of a child-in-need episode (CIN census CINdetails), and who holds it. */
public record Referral(
        long id,
        long contactId,
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

    public boolean allocated() {
        return workerId != null;
    }
}
