package org.opencsc.legal;

import java.time.LocalDate;

/**
 * One open pre-proceedings on the PLO panel. {@code name} is null when the user may not open the
 * child's record (the line stays, so late work cannot hide, with nothing that identifies the child).
 */
public record PloPanelRow(long preProceedingsId, long personId, String name, LocalDate startedOn, LocalDate aimOn,
                          LocalDate initialPlannedOn, LocalDate initialHeldOn, LocalDate nextReviewOn, LocalDate overdueMeetingOn) {

    public long weeksElapsed(LocalDate today) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(startedOn, today) / 7);
    }

    public boolean pastAim(LocalDate today) {
        return today.isAfter(aimOn);
    }

    /** A meeting planned before today and not recorded as held. */
    public boolean meetingOverdue(LocalDate today) {
        return overdueMeetingOn != null && overdueMeetingOn.isBefore(today);
    }

    PloPanelRow withheld() {
        return new PloPanelRow(preProceedingsId, personId, null, startedOn, aimOn, initialPlannedOn, initialHeldOn, nextReviewOn,
                overdueMeetingOn);
    }
}
