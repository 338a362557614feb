package org.opencsc.platform.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Dates as people type them: the GOV.UK date input's day, month and year boxes, a typed
 * "day/month/year", or an ISO date or instant in the API. Anything unreadable becomes a
 * message, never an exception.
 * <p>
 * Every date read here, and every date Jackson reads into a {@code LocalDate}, must fall between
 * {@link #EARLIEST} and {@link #LATEST}: nothing in a child's record happened before 1900 or is
 * planned after 2100, and Java would otherwise take year 0 or -1 (stored as 1 and 2 BC) or year
 * 99999. Rules of a field's own (a date of birth is not in the future) are the services' checks.
 */
public final class DateParts {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** "Between 1900 and 2100": what every out-of-range message says. */
    public static final String RANGE = "between " + EARLIEST.getYear() + " and " + LATEST.getYear();

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** YYYY-MM-DD and nothing else: no sign, no five-digit year, no time. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
        Integer y = WholeNumbers.intOrEmpty(year).orElse(null);
        Integer m = WholeNumbers.intOrEmpty(month).orElse(null);
        Integer d = WholeNumbers.intOrEmpty(day).orElse(null);
        if (y != null && year.strip().length() != 4) {
            problems.add(field, label + " must include a 4-digit year");
            return null;
        }
        try {
            if (y == null || m == null || d == null) {
                throw new DateTimeException("not numbers");
            }
            return inRange(LocalDate.of(y, m, d), field, label, problems);
        } catch (DateTimeException e) {
            // 31 February, month 13, "12a": refused as typed, never moved to a nearby day or to today.
            problems.add(field, label + " must be a real date");
            return null;
        }
    }

    /**
     * A date typed in one box as day/month/year ("7/5/2026", also with dots, dashes or spaces);
     * null for blank. {@code message} is the page's own wording for anything else.
     */
    public static LocalDate fromDayMonthYear(String text, String field, String message, Problems problems) {
        if (isBlank(text)) {
            return null;
        }
        String[] p = text.trim().split("[/.\\- ]+");
        try {
            if (p.length != 3 || p[2].length() != 4) {
                throw new DateTimeException(text);
            }
            LocalDate date = LocalDate.of(whole(p[2], text), whole(p[1], text), whole(p[0], text));
            if (!isPlausible(date)) {
                throw new DateTimeException(text);
            }
            return date;
        } catch (DateTimeException e) {
            problems.add(field, message);
            return null;
        }
    }

    /** Null for blank; a problem is added for anything that is not a real YYYY-MM-DD in range. */
    public static LocalDate fromIso(String text, String field, String label, Problems problems) {
        if (isBlank(text)) {
            return null;
        }
        try {
            if (!ISO_DATE.matcher(text.trim()).matches()) {
                throw new DateTimeException(text);
            }
            return inRange(LocalDate.parse(text.trim()), field, label, problems);
        } catch (DateTimeException e) {
            problems.add(field, label + " must be a real date in the form YYYY-MM-DD");
            return null;
        }
    }

    /** Null for blank; a problem is added for anything that is not an ISO-8601 instant whose (London) date is in range. */
    public static Instant instantFromIso(String text, String field, Problems problems) {
        if (isBlank(text)) {
            return null;
        }
        try {
            Instant at = Instant.parse(text.trim());
            if (!isPlausible(at.atZone(LONDON).toLocalDate())) {
                problems.add(field, field + " must be " + RANGE);
                return null;
            }
            return at;
        } catch (DateTimeException e) {
            problems.add(field, field + " must be an ISO-8601 instant, like 2026-03-01T10:15:00Z");
            return null;
        }
    }

    private static int whole(String part, String text) {
        return WholeNumbers.intOrEmpty(part).orElseThrow(() -> new DateTimeException(text));
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private static LocalDate inRange(LocalDate date, String field, String label, Problems problems) {
        if (!isPlausible(date)) {
            problems.add(field, label + " must be " + RANGE);
            return null;
        }
        return date;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
