package org.opencsc.returns.census.rules;

import java.time.LocalDate;
import org.opencsc.calendar.WorkingDays;

/** Null-safe date comparisons the rules share: a missing date never fails a comparison. */
final class CensusDates {

    private CensusDates() {
    }

    /** True when both dates are present and {@code date} is after {@code limit}. */
    static boolean after(LocalDate date, LocalDate limit) {
        return date != null && limit != null && date.isAfter(limit);
    }

    /** True when both dates are present and {@code date} is before {@code limit}. */
    static boolean before(LocalDate date, LocalDate limit) {
        return date != null && limit != null && date.isBefore(limit);
    }

    /** True when {@code date} is present and not on or between the collection start and the reference date. */
    static boolean outsideCollection(LocalDate date, RuleContext context) {
        return before(date, context.collectionStart()) || after(date, context.referenceDate());
    }

    /**
     * The working day {@code days} working days before {@code day}, as the DfE counts
     * "[ReferenceDate] minus 45 working days": the mirror of {@link WorkingDays#addWorkingDays}.
     */
    static LocalDate workingDaysBefore(WorkingDays workingDays, LocalDate day, int days) {
        LocalDate result = day;
        int counted = 0;
        while (counted < days) {
            result = result.minusDays(1);
            if (workingDays.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }
}
