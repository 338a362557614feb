package org.opencsc.platform.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates as people type them: the GOV.UK date input's day, month and year boxes, or an ISO
 * date in the API. Anything unreadable becomes a message, never an exception.
 */
public final class DateParts {

    private DateParts() {
    }

    /** Null when all three boxes are empty; a problem is added when they do not make a date. */
    public static LocalDate fromParts(String day, String month, String year, String field, String label,
                                      Problems problems) {
        boolean allBlank = isBlank(day) && isBlank(month) && isBlank(year);
        if (allBlank) {
            return null;
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            problems.add(field, label + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (year.trim().length() != 4) {
                problems.add(field, label + " must include a 4-digit year");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(field, label + " must be a real date");
            return null;
        }
    }

    /** Null for blank; a problem is added for anything that is not YYYY-MM-DD. */
    public static LocalDate fromIso(String text, String field, String label, Problems problems) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, label + " must be a real date in the form YYYY-MM-DD");
            return null;
        }
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
