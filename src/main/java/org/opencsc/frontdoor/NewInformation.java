package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact about a child whose case is open, passed to the child's worker as new information
 * instead of becoming a second referral: due to be read and acted on within 1 working day, done
 * once the worker (or their manager) acknowledges it and says what they will do.
 */
public record NewInformation(
        long id,
        long contactId,
        long personId,
        String childName,
        Long referralId,
        String teamName,
        String workerName,
        Instant passedAt,
        LocalDate dueOn,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String response) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
