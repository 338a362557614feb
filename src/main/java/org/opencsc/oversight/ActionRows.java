package org.opencsc.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** Action rows as typed on a page (parallel lists, one entry per row; empty rows ignored), so no JavaScript is needed. */
final class ActionRows {

    static final int ROWS = 3;

    private ActionRows() {
    }

    static String at(List<String> values, int row) {
        return values == null || row >= values.size() ? null : values.get(row);
    }

    static List<ActionInput> read(List<String> text, List<String> owner, List<String> due, Problems problems) {
        List<ActionInput> actions = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            String t = at(text, row);
            String o = at(owner, row);
            String d = at(due, row);
            if (DateParts.isBlank(t) && DateParts.isBlank(o) && DateParts.isBlank(d)) {
                continue;
            }
            LocalDate dueOn = DateParts.fromDayMonthYear(d, "actions",
                    "Enter each action’s date as day/month/year, like 7/5/2026", problems);
            actions.add(ActionInput.of(t, o, dueOn));
        }
        return actions;
    }
}
