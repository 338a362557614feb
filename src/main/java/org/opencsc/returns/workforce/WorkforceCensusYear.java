package org.opencsc.returns.workforce;

import java.time.LocalDate;
import java.time.Month;

/**
 * A workforce census year: 1 October to 30 September, named by the year of its reference date
 * (the 2026 census covers 1 October 2025 to 30 September 2026, and counts who was in post and
 * their cases on 30 September 2026).
 */
public record WorkforceCensusYear(int year) {

    public WorkforceCensusYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("A census year is a year such as 2026, not " + year);
        }
    }

    /** 30 September: the last day of the year, the day the census counts posts and cases on. */
    public LocalDate referenceDate() {
        return LocalDate.of(year, Month.SEPTEMBER, 30);
    }

    /** 1 October of the year before. */
    public LocalDate start() {
        return LocalDate.of(year - 1, Month.OCTOBER, 1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(referenceDate());
    }

    /** The year whose collection period contains {@code day} (1 October 2026 is in the 2027 census). */
    public static WorkforceCensusYear containing(LocalDate day) {
        return new WorkforceCensusYear(day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear());
    }

    /** "1 October 2025 to 30 September 2026". */
    public String label() {
        return "1 October " + (year - 1) + " to 30 September " + year;
    }
}
