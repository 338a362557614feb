package org.opencsc.oversight;

import java.time.Instant;
import java.util.List;

/** A logged critical decision: who made it, when, what, why, and what else was weighed. */
public record CriticalDecision(long id, long personId, DecisionKind kind, String decision, String why, List<String> alternatives,
                               String decidedBy, Instant decidedAt) {
}
