package org.opencsc.oversight;

import java.util.List;

/** A critical decision as recorded: what kind, what was decided, why, the alternatives weighed, and the actions that follow. */
public record DecisionInput(DecisionKind kind, String decision, String why, List<String> alternatives, List<ActionInput> actions) {

    public DecisionInput(DecisionKind kind, String decision, String why, List<String> alternatives) {
        this(kind, decision, why, alternatives, List.of());
    }
}
