package org.opencsc.oversight;

import java.util.List;
import org.opencsc.platform.validation.Problems;

/** The oversight page as typed. */
public record OversightForm(String considered, String analysis, List<String> actionText, List<String> actionOwner,
                            List<String> actionDue) {

    static OversightForm empty() {
        return new OversightForm(null, null, List.of(), List.of(), List.of());
    }

    public String at(List<String> values, int row) {
        return ActionRows.at(values, row);
    }

    OversightInput toInput(Problems problems) {
        return new OversightInput(considered, analysis, ActionRows.read(actionText, actionOwner, actionDue, problems));
    }
}
