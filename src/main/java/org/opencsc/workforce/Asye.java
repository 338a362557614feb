package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * Whether a worker is newly qualified now: in their Assessed and Supported Year in Employment.
 * Every use of {@code app_user.newly_qualified} asks {@link #newlyQualifiedOn} (supervision's
 * frequency, protected caseload limits, the workforce figures, allocation), so the flag cannot
 * mean one thing on one page and another elsewhere.
 *
 * <p>The flag says the worker is on the ASYE; the year runs 12 months from the later of the day
 * they qualified and the day they started in post (one cannot do the year before either), up to
 * the day before that date a year on. After that they are no longer newly qualified, even if
 * nobody cleared the flag: a forgotten flag would otherwise keep a worker's caseload protected
 * and their supervision fortnightly for ever. When neither date is recorded, the flag is all
 * there is to go on, and is believed.
 */
public final class Asye {

    private Asye() {
    }

    public static boolean newlyQualifiedOn(boolean flag, LocalDate qualifiedOn, LocalDate startedOn, LocalDate today) {
        if (!flag) {
            return false;
        }
        LocalDate from = later(qualifiedOn, startedOn);
        return from == null || today.isBefore(from.plusYears(1));
    }

    /**
     * The same rule as {@link #newlyQualifiedOn} as an SQL boolean expression over the {@code app_user}
     * alias {@code user} on the date {@code dateSql} (a parameter or column of type date), for queries
     * that decide by it in SQL. PostgreSQL's {@code GREATEST} ignores nulls (null only when both are),
     * and {@code date + interval '1 year'} takes 29 February to 28 February, as {@code plusYears} does.
     */
    public static String newlyQualifiedSql(String user, String dateSql) {
        String from = "GREATEST(%1$s.qualified_on, %1$s.started_on)".formatted(user);
        return "(%1$s.newly_qualified AND (%2$s IS NULL OR %3$s < (%2$s + interval '1 year')::date))"
                .formatted(user, from, dateSql);
    }

    /** The last day of the year, or null when it cannot be known (no dates) or the flag is not set. */
    public static LocalDate lastDay(boolean flag, LocalDate qualifiedOn, LocalDate startedOn) {
        LocalDate from = later(qualifiedOn, startedOn);
        return !flag || from == null ? null : from.plusYears(1).minusDays(1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
