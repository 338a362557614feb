package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL form of the ASYE rule answers as the Java one does, at the edges of the year. */
@IntegrationTest
class AsyeSqlTest {

    private static final LocalDate QUALIFIED = LocalDate.of(2025, 7, 15);
    private static final LocalDate STARTED = LocalDate.of(2025, 9, 1);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlAndTheJavaAgreeOnTheLastDayTheDayAfterAndMissingDates() {
        // Started (the later date) 1 September 2025: the last day is 31 August 2026, the day after is not in the year.
        agree(true, QUALIFIED, STARTED, LocalDate.of(2026, 8, 31), true);
        agree(true, QUALIFIED, STARTED, LocalDate.of(2026, 9, 1), false);
        // Only the qualification recorded: the year runs from it (last day 14 July 2026).
        agree(true, QUALIFIED, null, LocalDate.of(2026, 7, 14), true);
        agree(true, QUALIFIED, null, LocalDate.of(2026, 7, 15), false);
        // Both dates missing: the flag is believed, however late.
        agree(true, null, null, LocalDate.of(2040, 1, 1), true);
        agree(false, null, null, LocalDate.of(2025, 1, 1), false);
        agree(false, QUALIFIED, STARTED, LocalDate.of(2025, 10, 1), false);
        // Started on 29 February 2024: a year on is 28 February 2025 in both, so 27 February is the last day.
        agree(true, null, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 27), true);
        agree(true, null, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), false);
    }

    private void agree(boolean flag, LocalDate qualified, LocalDate started, LocalDate on, boolean expected) {
        boolean sql = jdbc.sql("SELECT " + Asye.newlyQualifiedSql("u", ":on")
                        + " FROM (VALUES (:flag, CAST(:qualified AS date), CAST(:started AS date)))"
                        + " AS u (newly_qualified, qualified_on, started_on)")
                .param("flag", flag).param("qualified", date(qualified)).param("started", date(started))
                .param("on", Date.valueOf(on)).query(Boolean.class).single();
        String edge = flag + " " + qualified + " " + started + " on " + on;
        assertThat(Asye.newlyQualifiedOn(flag, qualified, started, on)).as("Java: " + edge).isEqualTo(expected);
        assertThat(sql).as("SQL: " + edge).isEqualTo(expected);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
