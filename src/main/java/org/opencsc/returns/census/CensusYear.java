package org.opencsc.returns.census;

import java.time.LocalDate;
import java.time.Month;

/**
 * A collection year: 1 April to 31 March, named by the year of its reference date (the 2026
 * census covers 1 April 2025 to 31 March 2026).
 */
public record CensusYear(int year) {

    public CensusYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("A census year is a year such as 2026, not " + year);
        }
    }

    /** The reference date, 31 March: the last day of the year. */
    public LocalDate referenceDate() {
        return LocalDate.of(year, Month.MARCH, 31);
    }

    /** 1 April of the year before: the first day of the year. */
    public LocalDate start() {
        return LocalDate.of(year - 1, Month.APRIL, 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(referenceDate());
    }

    /** The year whose collection period contains {@code day} (1 April 2026 is in the 2027 census). */
    public static CensusYear containing(LocalDate day) {
        return new CensusYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
    }

    /** "2025 to 2026", as the DfE names its collections. */
    public String label() {
        return (year - 1) + " to " + year;
    }
}
