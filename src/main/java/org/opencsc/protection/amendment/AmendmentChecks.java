package org.opencsc.protection.amendment;

import java.time.LocalDate;
import java.util.Objects;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.protection.strategy.StrategyDiscussions;

/**
 * The checks every correction shares: a reason is required, a corrected text follows the same
 * rules as when it was first recorded, a corrected date is a real date not in the future, and a
 * correction must change something. Problems are reported on "value" and "reason".
 */
public final class AmendmentChecks {

    private AmendmentChecks() {
    }

    public static void reason(String reason, Problems problems) {
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "Enter why the record is being corrected");
        } else if (reason.length() > StrategyDiscussions.MAX_TEXT) {
            problems.add("reason", "The reason must be " + StrategyDiscussions.MAX_TEXT + " characters or fewer");
        }
    }

    /** The corrected text, trimmed, or null with a problem. */
    public static String text(String value, String label, String old, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add("value", "Enter the corrected " + label);
            return null;
        }
        if (value.length() > StrategyDiscussions.MAX_TEXT) {
            problems.add("value", "The " + label + " must be " + StrategyDiscussions.MAX_TEXT + " characters or fewer");
            return null;
        }
        unchanged(value.trim(), old, problems);
        return value.trim();
    }

    /** The corrected date, or null with a problem. */
    public static LocalDate date(String value, LocalDate today, LocalDate old, Problems problems) {
        LocalDate date = DateParts.fromIso(value, "value", "The corrected date", problems);
        if (date == null) {
            problems.add("value", "Enter the corrected date");
        } else if (date.isAfter(today)) {
            problems.add("value", "The corrected date cannot be in the future");
        } else {
            unchanged(date, old, problems);
        }
        return date;
    }

    private static void unchanged(Object value, Object old, Problems problems) {
        if (Objects.equals(value, old)) {
            problems.add("value", "That is what the record already says: nothing to correct");
        }
    }
}
