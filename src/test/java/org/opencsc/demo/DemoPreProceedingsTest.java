package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.legal.PloPanel;
import org.opencsc.legal.PloPanelRow;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council's pre-proceedings keep to the rules the legal services enforce and tell each
 * story the PLO panel needs: read only from the rows the seeding transaction wrote (see
 * DemoCouncilTest), each check listing the rows that break it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPreProceedingsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PloPanel panel;
    @Autowired
    UserRepository users;

    private String seed;
    private LocalDate seededOn;

    @BeforeAll
    void findTheSeedingTransaction() {
        DemoSeed demoSeed = DemoSeed.find(jdbc);
        seed = demoSeed.xid();
        seededOn = demoSeed.on();
    }

    @Test
    void aShareOfOpenCasesIsInPreProceedingsWithEveryStory() {
        long children = count("SELECT count(*) FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id WHERE "
                + seeded("m"));
        assertThat(children).as("demo children in pre-proceedings").isGreaterThanOrEqualTo(DemoPreProceedings.Story.values().length);
        String seededPp = "FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id WHERE " + seeded("m");
        assertThat(count("SELECT count(*) " + seededPp + " AND pp.outcome = 'STEP_DOWN_CP'")).as("stepped down").isPositive();
        assertThat(count("SELECT count(*) " + seededPp + " AND pp.outcome = 'ISSUE_PROCEEDINGS' AND pp.court_application_on IS NOT NULL"))
                .as("proceedings issued with the court date").isPositive();
        assertThat(count("SELECT count(*) " + seededPp + " AND pp.started_on < CAST(:today AS date) - 16 * 7"
                + " AND EXISTS (SELECT 1 FROM pre_proceedings_extension x WHERE x.pre_proceedings_id = pp.id AND x.reason <> '')"))
                .as("past 16 weeks with an extension and its reason").isPositive();
        assertThat(count("SELECT count(*) " + seededPp + " AND pp.fgdm_held_on IS NOT NULL")).as("FGDM held").isPositive();
        assertThat(count("SELECT count(*) " + seededPp + " AND EXISTS (SELECT 1 FROM pre_proceedings_meeting r"
                + " WHERE r.pre_proceedings_id = pp.id AND r.kind = 'REVIEW' AND r.held_on IS NOT NULL)")).as("reviews held").isPositive();
    }

    @Test
    void everyDateIsInTheOrderTheServicesRequireAndEveryChildWasOnAPlan() {
        String seededPp = "FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id WHERE " + seeded("m");
        assertThat(rows("SELECT 'pp ' || pp.id " + seededPp + """
                 AND (pp.started_on > CAST(:today AS date) OR pp.step_decision_on > CAST(:today AS date)
                      OR pp.fgdm_offered_on < pp.started_on OR pp.fgdm_held_on < pp.fgdm_offered_on
                      OR pp.court_application_on < pp.step_decision_on OR pp.court_application_on > CAST(:today AS date)
                      OR NOT EXISTS (SELECT 1 FROM cp_plan p WHERE p.person_id = pp.person_id AND p.started_on < pp.started_on)
                      OR pp.step_decision_on < (SELECT min(i.held_on) FROM pre_proceedings_meeting i
                                                WHERE i.pre_proceedings_id = pp.id AND i.kind = 'INITIAL'))"""))
                .as("pre-proceedings with dates out of order, or no plan before").isEmpty();
        assertThat(rows("SELECT 'meeting ' || x.id " + seededPp.replace("WHERE", "JOIN pre_proceedings_meeting x ON x.pre_proceedings_id = pp.id WHERE") + """
                 AND (x.planned_on < pp.started_on OR x.held_on > CAST(:today AS date)
                      OR (x.kind = 'REVIEW' AND x.planned_on <= (SELECT i.planned_on FROM pre_proceedings_meeting i
                                                                 WHERE i.pre_proceedings_id = pp.id AND i.kind = 'INITIAL')))"""))
                .as("meetings before the start, held in the future, or a review before the initial meeting").isEmpty();
        assertThat(rows("SELECT 'pp ' || pp.id " + seededPp + """
                 AND NOT EXISTS (SELECT 1 FROM critical_decision d WHERE d.person_id = pp.person_id AND d.kind = 'PRE_PROCEEDINGS')
                 """)).as("pre-proceedings without the decision log entry").isEmpty();
        assertThat(rows("SELECT 'pp ' || pp.id " + seededPp + """
                 AND NOT EXISTS (SELECT 1 FROM event_subject s JOIN event e ON e.id = s.event_id
                                 WHERE s.person_id = pp.person_id AND e.type = 'LEGAL_PLANNING_MEETING')
                 """)).as("pre-proceedings without the legal planning meeting in the chronology").isEmpty();
    }

    @Test
    void thePloPanelListsTheDemoChildrenWithOneOverdueAndOnePastTheAim() {
        List<PloPanelRow> rows = panel.rows(users.findByUsername("legal").orElseThrow());
        List<Long> open = jdbc.sql("SELECT pp.id FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id WHERE "
                + seeded("m") + " AND pp.outcome IS NULL").param("seed", seed).query(Long.class).list();
        assertThat(rows).extracting(PloPanelRow::preProceedingsId).containsAll(open);
        List<PloPanelRow> demo = rows.stream().filter(r -> open.contains(r.preProceedingsId())).toList();
        assertThat(demo).allSatisfy(r -> assertThat(r.name()).isNotBlank());
        assertThat(demo).anySatisfy(r -> assertThat(r.meetingOverdue(seededOn)).isTrue());
        assertThat(demo).anySatisfy(r -> assertThat(r.pastAim(seededOn)).isTrue());
        assertThat(demo).anySatisfy(r -> assertThat(r.weeksElapsed(seededOn)).isLessThan(4));
    }

    @Test
    void uploadedDocumentsAreAPdfAndATextFileWhoseContentMatchesTheirHash() {
        assertThat(jdbc.sql("SELECT DISTINCT media_type FROM document d WHERE " + seeded("d")).param("seed", seed).query(String.class).list())
                .containsExactlyInAnyOrder("application/pdf", "text/plain");
        assertThat(rows("""
                SELECT 'document ' || d.id FROM document d JOIN document_content c ON c.document_id = d.id
                WHERE %s AND (encode(sha256(c.content), 'hex') <> d.sha256 OR length(c.content) <> d.size_bytes)
                """.formatted(seeded("d")))).as("documents whose content does not match").isEmpty();
        assertThat(rows("SELECT 'document ' || d.id FROM document d WHERE " + seeded("d")
                + " AND NOT EXISTS (SELECT 1 FROM document_subject s WHERE s.document_id = d.id)")).isEmpty();
        byte[] pdf = jdbc.sql("SELECT c.content FROM document d JOIN document_content c ON c.document_id = d.id WHERE " + seeded("d")
                + " AND d.media_type = 'application/pdf' LIMIT 1").param("seed", seed).query(byte[].class).single();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private String seeded(String alias) {
        return alias + ".xmin = CAST(:seed AS xid)";
    }

    private long count(String sql) {
        return jdbc.sql(sql.replace(":today", "'" + seededOn + "'")).param("seed", seed).query(Long.class).single();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql.replace(":today", "'" + seededOn + "'")).param("seed", seed).query(String.class).list();
    }
}
