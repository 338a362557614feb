package org.opencsc.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.workforce.StaffDirectory;
import org.opencsc.workforce.StaffMember;

/** Checks and wording shared by oversight entries and decisions. */
final class Texts {

    static final int MAX_TEXT = 20_000;

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    static void required(String text, String field, String message, Problems problems) {
        if (blank(text)) {
            problems.add(field, message);
        }
        maxLength(text, field, problems);
    }

    static void maxLength(String text, String field, Problems problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(field, "Enter " + MAX_TEXT + " characters or fewer");
        }
    }

    /**
     * The actions as they will be kept: each with what, an owner chosen from the staff (their
     * name filled in from their account) and a date not in the past; problems on "actions".
     */
    static List<ActionInput> actions(List<ActionInput> actions, long childId, LocalDate today, StaffDirectory staff,
                                     Problems problems) {
        List<ActionInput> checked = new ArrayList<>();
        for (ActionInput a : actions == null ? List.<ActionInput>of() : actions) {
            if (a == null || blank(a.action()) || a.dueOn() == null) {
                problems.add("actions", "Give each action what is to be done, who will do it and by when");
                continue;
            }
            StaffMember owner = staff.ownerOrProblem(a.ownerUsername(), childId, "actions", problems);
            if (a.dueOn().isBefore(today)) {
                problems.add("actions", "An action cannot be due in the past");
            } else if (owner != null) {
                checked.add(new ActionInput(a.action(), owner.name(), owner.username(), a.dueOn()));
            }
        }
        return checked;
    }

    static String actionsLine(List<ActionInput> actions) {
        return actions.stream().map(a -> a.action().trim() + " (" + a.owner().trim() + ", by " + Dates.govuk(a.dueOn()) + ")")
                .collect(Collectors.joining("; "));
    }
}
