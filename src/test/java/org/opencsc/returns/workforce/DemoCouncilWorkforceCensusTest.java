package org.opencsc.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
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
        // Other tests add workers to the seeded teams too: only the seeded staff are written to the file checked.
        Set<Long> seeded = Set.copyOf(jdbc.sql("SELECT id FROM app_user WHERE xmin = CAST(:seed AS xid)").param("seed", seed)
                .query(Long.class).list());
        assertThat(teams).isNotEmpty();
        // As another test might: a worker with no SWE number in a seeded team, who must not be what this test checks.
        long stray = jdbc.sql("INSERT INTO app_user (username, display_name, role) VALUES (?, 'Stray Worker', 'SOCIAL_WORKER') RETURNING id")
                .param("csww.stray." + java.util.UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(teams.getFirst(), stray).update();

        try {
            for (WorkforceCensusYear year : List.of(WorkforceCensusYears.due(clock), WorkforceCensusYears.current(clock))) {
                WorkforceCensus.Built built = census.build(year, teams);
                assertThat(built.problems()).as("the stray worker is counted, and flagged")
                        .anyMatch(p -> p.userId() == stray && p.code().equals("SWE_MISSING"));
                CswwMessage m = built.message();
                CswwMessage demo = new CswwMessage(m.year(), m.lea(), m.writtenAt(), m.vacancies(),
                        m.workers().stream().filter(w -> seeded.contains(w.userId())).toList());
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                CswwXml.write(demo, xml);
                assertThat(CswwXml.check(xml.toByteArray())).as("the demo council's " + year.year() + " file against the schema").isEmpty();
                assertThat(demo.workers()).as("its social workers").hasSizeGreaterThan(5);
                assertThat(built.problems()).as("SWE numbers and institutions").filteredOn(p -> seeded.contains(p.userId()))
                        .noneMatch(p -> p.code().equals("SWE_MISSING") || p.code().equals("QUALINST_MISSING"));
            }
            assertThat(census.build(WorkforceCensusYears.current(clock), teams).message().workers())
                    .as("caseloads").anyMatch(w -> w.cases30() != null && w.cases30() > 0);
        } finally {
            // Out of the team again: other tests count the seeded teams' workers.
            jdbc.sql("DELETE FROM team_member WHERE user_id = ?").param(stray).update();
            jdbc.sql("DELETE FROM app_user WHERE id = ?").param(stray).update();
        }
    }
}
