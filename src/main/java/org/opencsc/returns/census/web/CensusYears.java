package org.opencsc.returns.census.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.returns.census.CensusYear;

/**
 * The collection years one may ask for: the year containing today (Europe/London, from the
 * application's Clock) and those before it. A year that has not begun has no census.
 */
public final class CensusYears {

    /** How many years the page offers: this one and the four before (a council corrects the last few). */
    static final int OFFERED = 5;
    private static final int FIRST = 2000;

    private CensusYears() {
    }

    public static CensusYear current(Clock clock) {
        return CensusYear.containing(LondonTime.today(clock));
    }

    public static List<CensusYear> offered(Clock clock) {
        int current = current(clock).year();
        return IntStream.range(0, OFFERED).mapToObj(i -> new CensusYear(current - i)).toList();
    }

    /**
     * The year a caller asked for, as typed: "2026". Throws a ValidationException naming
     * {@code field} for anything else (missing, "1.5", "20266", a year not yet begun).
     */
    public static CensusYear parse(String raw, String field, Clock clock) {
        int current = current(clock).year();
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(field, "Give the census " + field + ", such as " + current);
        }
        String year = raw.strip();
        if (!year.matches("[0-9]{4}")) {
            throw new ValidationException(field, "‘" + shown(year) + "’ is not a census year: give the year of its "
                    + "reference date (31 March), such as " + current);
        }
        int value = Integer.parseInt(year);
        if (value < FIRST) {
            throw new ValidationException(field, "There is no census for " + value + " in OpenCSC: give a year from "
                    + FIRST + " to " + current);
        }
        if (value > current) {
            throw new ValidationException(field, "The " + value + " census has not begun: its year starts on 1 April "
                    + (value - 1) + ". Give a year up to " + current);
        }
        return new CensusYear(value);
    }

    private static String shown(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
