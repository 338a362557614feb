package org.opencsc.visit;

import java.util.List;

/** A child's visits, newest first, with when they were last seen and when they must next be. */
public record ChildVisits(VisitSummary summary, List<Visit> visits) {
}
