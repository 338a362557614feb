package org.opencsc.oversight;

import java.util.List;
import org.opencsc.platform.validation.Problems;

/** The decision log's form as typed: alternatives in fixed rows (empty ones ignored), so no JavaScript is needed. */
public record DecisionForm(String kind, String decision, String why, List<String> alternative, List<String> actionText,
                           List<String> actionOwner, List<String> actionDue) {

    public static final int ALTERNATIVE_ROWS = 3;

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    public String at(List<String> values, int row) {
        return ActionRows.at(values, row);
    }

    DecisionInput toInput(Problems problems) {
        return new DecisionInput(DecisionKind.parse(kind).orElse(null), decision, why, alternative == null ? List.of() : alternative,
                ActionRows.read(actionText, actionOwner, actionDue, problems));
    }
}
