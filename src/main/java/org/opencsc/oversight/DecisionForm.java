package org.opencsc.oversight;

import java.util.List;

/** The decision log's form as typed: alternatives in fixed rows (empty ones ignored), so no JavaScript is needed. */
public record DecisionForm(String kind, String decision, String why, List<String> alternative) {

    public static final int ALTERNATIVE_ROWS = 3;

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, List.of());
    }

    public String at(List<String> values, int row) {
        return ActionRows.at(values, row);
    }

    DecisionInput toInput() {
        return new DecisionInput(DecisionKind.parse(kind).orElse(null), decision, why, alternative == null ? List.of() : alternative);
    }
}
