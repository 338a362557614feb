package org.opencsc.returns.workforce;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.ValidationException;

/**
 * The census years one may ask for: up to the year containing today (Europe/London, from the
 * application's Clock), which is still going on (its 30 September figures are as things stand);
 * a year that has not begun has no census. The one to return is the last whose 30 September has passed.
 */
public final class WorkforceCensusYears {

    static final int OFFERED = 5;
    /** The first collection of individual social workers' records. */
    static final int FIRST = 2017;

    private WorkforceCensusYears() {
    }

    public static WorkforceCensusYear current(Clock clock) {
        return WorkforceCensusYear.containing(LondonTime.today(clock));
    }

    /** The last year whose reference date has passed: the one due to be returned. */
    public static WorkforceCensusYear due(Clock clock) {
        WorkforceCensusYear current = current(clock);
        return current.referenceDate().isBefore(LondonTime.today(clock)) ? current : new WorkforceCensusYear(current.year() - 1);
    }

    public static List<WorkforceCensusYear> offered(Clock clock) {
        int current = current(clock).year();
        return IntStream.range(0, OFFERED).mapToObj(i -> new WorkforceCensusYear(current - i)).toList();
    }

    /** The year asked for, as typed ("2026"), or a ValidationException naming {@code field}. */
    public static WorkforceCensusYear parse(String raw, String field, Clock clock) {
        int current = current(clock).year();
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(field, "Give the census " + field + ", such as " + due(clock).year());
        }
        String year = raw.strip();
        if (!year.matches("[0-9]{4}")) {
            throw new ValidationException(field, "‘" + (year.length() > 20 ? year.substring(0, 20) + "…" : year)
                    + "’ is not a census year: give the year of its reference date (30 September), such as " + due(clock).year());
        }
        int value = Integer.parseInt(year);
        if (value < FIRST) {
            throw new ValidationException(field, "There is no workforce census of individual workers for " + value
                    + ": give a year from " + FIRST + " to " + current);
        }
        if (value > current) {
            throw new ValidationException(field, "The " + value + " census has not begun: its year starts on 1 October "
                    + (value - 1) + ". Give a year up to " + current);
        }
        return new WorkforceCensusYear(value);
    }
}
