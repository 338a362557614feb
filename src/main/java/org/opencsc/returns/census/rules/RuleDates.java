package org.opencsc.returns.census.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Date helpers the rules share: the collection period and dates as a field value. */
final class RuleDates {

    private RuleDates() {
    }

    /** Whether {@code day} is in the collection period, 1 April to the reference date inclusive; false when missing. */
    static boolean inPeriod(LocalDate day, RuleContext context) {
        return day != null && !day.isBefore(context.collectionStart()) && !day.isAfter(context.referenceDate());
    }

    static boolean before(LocalDate day, LocalDate other) {
        return day != null && other != null && day.isBefore(other);
    }

    /** Several dates as one field value ("2025-06-02, 2025-07-01"), missing ones left out. */
    static String list(Collection<LocalDate> days) {
        return days.stream().filter(Objects::nonNull).map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
