package org.opencsc.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.Problems;

/**
 * The days a figure counts over, both ends included, as London dates. A figure about events
 * ("referrals in the period") counts those dated inside it; a figure about a state ("plans open")
 * counts it as at {@link #to()}.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a dashboard is asked for: ten years, the history a council keeps to hand. */
    public static final int MAX_YEARS = 10;

    public Period {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A period runs from a date to the same or a later date: " + from + " to " + to);
        }
    }

    /** The 12 months to today: the default, and the period most figures are judged over. */
    public static Period twelveMonthsTo(LocalDate today) {
        return new Period(today.minusMonths(12).plusDays(1), today);
    }

    /**
     * The period typed on a page or sent to the API ({@code from} and {@code to} as YYYY-MM-DD),
     * or null with a problem on the field that is wrong: not a date, the end before the start,
     * the end after today, longer than {@link #MAX_YEARS} years. A missing pair is the default.
     */
    public static Period parse(String from, String to, LocalDate today, Problems problems) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return twelveMonthsTo(today);
        }
        LocalDate end = noTo ? today : date(to, "to", problems);
        LocalDate start = noFrom ? null : date(from, "from", problems);
        if (noFrom && end != null) {
            start = end.minusMonths(12).plusDays(1);
        }
        if (start == null || end == null) {
            return null;
        }
        if (end.isAfter(today)) {
            problems.add("to", "The period must end today or earlier: figures count what has happened");
        } else if (start.isAfter(end)) {
            problems.add("from", "The start of the period must be on or before its end");
        } else if (start.isBefore(end.minusYears(MAX_YEARS))) {
            problems.add("from", "The period can be at most " + MAX_YEARS + " years long");
        }
        return problems.isEmpty() ? new Period(start, end) : null;
    }

    private static LocalDate date(String text, String field, Problems problems) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "Enter the " + (field.equals("from") ? "start" : "end")
                    + " of the period as a real date, for example 2026-04-01");
            return null;
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** The calendar months the period touches, oldest first: the buckets of a monthly chart. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
