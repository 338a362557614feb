package org.opencsc.visit;

import java.time.LocalDate;

/** When the child was last seen (and whether alone), and the requirement for the next visit, if any. */
public record VisitSummary(long personId, LocalDate lastSeenOn, Boolean lastSeenAlone, VisitRequirement requirement,
                           boolean overdue) {
}
