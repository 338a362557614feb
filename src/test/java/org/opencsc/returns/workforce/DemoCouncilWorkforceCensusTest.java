package org.opencsc.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council's workforce census for the year due passes the schema OpenCSC ships, with
 * its social workers and their caseloads. Only the seeded teams' staff are read (rows written by
 * the seeding transaction, as DemoCouncilCensusTest does): other tests add staff that are wrong on purpose.
 */
@IntegrationTest
class DemoCouncilWorkforceCensusTest {

    @Autowired
    WorkforceCensus census;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theDemoCouncilsFilePassesTheSchema() {
        String seed = jdbc.sql("SELECT xmin::text FROM event ORDER BY id LIMIT 1").query(String.class).single();
        List<Long> teams = jdbc.sql("SELECT id FROM team WHERE xmin = CAST(:seed AS xid)").param("seed", seed).query(Long.class).list();
        assertThat(teams).isNotEmpty();

        for (WorkforceCensusYear year : List.of(WorkforceCensusYears.due(clock), WorkforceCensusYears.current(clock))) {
            WorkforceCensus.Built built = census.build(year, teams);
            assertThat(built.schemaProblems()).as("the demo council's " + year.year() + " file against the schema").isEmpty();
            assertThat(built.message().workers()).as("its social workers").hasSizeGreaterThan(5);
            assertThat(built.problems()).as("SWE numbers and institutions").noneMatch(p -> p.code().equals("SWE_MISSING")
                    || p.code().equals("QUALINST_MISSING"));
        }
        assertThat(census.build(WorkforceCensusYears.current(clock), teams).message().workers())
                .as("caseloads").anyMatch(w -> w.cases30() != null && w.cases30() > 0);
    }
}
