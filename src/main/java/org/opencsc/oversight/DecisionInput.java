package org.opencsc.oversight;

import java.util.List;

/** A critical decision as recorded: what kind, what was decided, why, and the alternatives weighed. */
public record DecisionInput(DecisionKind kind, String decision, String why, List<String> alternatives) {
}
