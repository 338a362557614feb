package org.opencsc.performance.figures;

/**
 * Working days counted inside a figure's query, the way {@code calendar.WorkingDays} counts them
 * (the days after the first date up to and including the second, less weekends and the shipped
 * England and Wales bank holidays), so a detail like "authorised in 46 working days" agrees with
 * the due dates the journey set. Closed form for the weekdays and one index range on
 * {@code bank_holiday} per row: no calendar walked day by day.
 */
final class WorkingDaysSql {

    /** A Sunday: the weekdays up to a date are whole weeks of five plus the days into the week, up to five. */
    private static final String SUNDAY = "DATE '1970-01-04'";

    private WorkingDaysSql() {
    }

    /** SQL for the working days after {@code from} up to and including {@code to} (both date SQL, from on or before to). */
    static String between(String from, String to) {
        return "(" + weekdaysTo(to) + " - " + weekdaysTo(from)
                + " - (SELECT count(*) FROM bank_holiday bh WHERE bh.day > " + from + " AND bh.day <= " + to + "))::int";
    }

    private static String weekdaysTo(String day) {
        return "(5 * ((" + day + " - " + SUNDAY + ") / 7) + least((" + day + " - " + SUNDAY + ") % 7, 5))";
    }

    /** "1 working day", "46 working days". */
    static String words(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }
}
