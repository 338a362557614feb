package org.opencsc.quality.dashboard;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencsc.performance.Period;

/** Calendar quarters (January to March is Q1), the buckets of "grades over time". */
final class Quarters {

    record Quarter(String key, String label) {
    }

    private Quarters() {
    }

    /** "2026-Q1". */
    static String keyOf(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** Every quarter the period touches, oldest first, empty ones too. */
    static List<Quarter> of(Period period) {
        List<Quarter> quarters = new ArrayList<>();
        LocalDate start = period.from().withDayOfMonth(1).withMonth(((period.from().getMonthValue() - 1) / 3) * 3 + 1);
        for (LocalDate q = start; !q.isAfter(period.to()); q = q.plusMonths(3)) {
            quarters.add(new Quarter(keyOf(q), label(q)));
        }
        return quarters;
    }

    /** "Jan to Mar 2026". */
    static String label(LocalDate firstDay) {
        Month first = firstDay.getMonth();
        return first.getDisplayName(TextStyle.SHORT, Locale.UK) + " to " + first.plus(2).getDisplayName(TextStyle.SHORT, Locale.UK)
                + " " + firstDay.getYear();
    }

    static boolean isKey(String key) {
        return key != null && key.matches("\\d{4}-Q[1-4]");
    }
}
