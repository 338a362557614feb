package org.opencsc.oversight;

import java.time.Instant;
import java.util.List;

/** A logged critical decision: who made it, when, what, why, what else was weighed, and the actions that follow. */
public record CriticalDecision(long id, long personId, DecisionKind kind, String decision, String why, List<String> alternatives,
                               String decidedBy, Instant decidedAt, List<ActionInput> actions) {

    CriticalDecision withActions(List<ActionInput> actions) {
        return new CriticalDecision(id, personId, kind, decision, why, alternatives, decidedBy, decidedAt, actions);
    }
}
