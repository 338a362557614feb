package org.opencsc.oversight;

import java.time.Instant;
import java.util.List;

/**
 * A logged critical decision: who made it, when, what, why, what else was weighed, and the actions
 * that follow. {@code alsoAbout}: the other children a decision made for a sibling group was made
 * with (empty for one child's); {@code withheld}: its words are not shown because the reader may not
 * open one of them.
 */
public record CriticalDecision(long id, long personId, DecisionKind kind, String decision, String why, List<String> alternatives,
                               String decidedBy, Instant decidedAt, List<ActionInput> actions, List<Long> alsoAbout,
                               boolean withheld) {

    /** What a withheld decision says instead of its words. */
    public static final String WITHHELD = "The words of this decision are withheld: it was made together with a brother or sister "
            + "whose record you cannot open.";

    CriticalDecision withActions(List<ActionInput> actions) {
        return new CriticalDecision(id, personId, kind, decision, why, alternatives, decidedBy, decidedAt, actions, alsoAbout, withheld);
    }

    /** The decision as a reader who may not open every child it was made with sees it: when, by whom and its kind. */
    CriticalDecision withheldWords() {
        return new CriticalDecision(id, personId, kind, WITHHELD, WITHHELD, List.of(), decidedBy, decidedAt, List.of(), List.of(), true);
    }
}
