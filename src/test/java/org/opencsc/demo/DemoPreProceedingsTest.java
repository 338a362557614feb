package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.legal.LetterSection;
import org.opencsc.legal.PloPanel;
import org.opencsc.legal.PloPanelRow;
import org.opencsc.plainenglish.PlainEnglish;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    @Autowired
    PlainEnglish plainEnglish;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    CensusExport census;
    @LocalServerPort
    int port;

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

    /** A seeded letter: a child on it, whether sent (and when), and the child's pre-proceedings. */
    record Letter(long id, long personId, String given, long preProceedingsId, LocalDate startedOn, LocalDate fgdmOfferedOn,
                  LocalDate sentOn, Long documentId, LocalDate meetingOn, String worker) {
    }

    private List<Letter> letters() {
        return jdbc.sql("""
                        SELECT l.id, c.person_id, p.given_name, pp.id, pp.started_on, pp.fgdm_offered_on, s.sent_on, s.document_id,
                               mt.planned_on, (SELECT u.username FROM referral r JOIN app_user u ON u.id = r.worker_id
                                               WHERE r.person_id = c.person_id AND r.closure_date IS NULL ORDER BY r.id LIMIT 1)
                        FROM proceedings_letter l JOIN proceedings_letter_child c ON c.letter_id = l.id
                        JOIN person p ON p.id = c.person_id JOIN pre_proceedings pp ON pp.id = c.pre_proceedings_id
                        JOIN pre_proceedings_meeting mt ON mt.id = l.meeting_id
                        LEFT JOIN proceedings_letter_sent s ON s.letter_id = l.id AND s.number = 1
                        WHERE l.xmin = CAST(:seed AS xid) ORDER BY l.id, c.person_id""")
                .param("seed", seed)
                .query((rs, n) -> new Letter(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                        rs.getObject(8) == null ? null : rs.getLong(8), rs.getDate(9).toLocalDate(), rs.getString(10)))
                .list();
    }

    @Test
    void everyFamilyPastItsInvitationWasSentALetterAndTheJustStartedOneHasADraft() {
        String seededPp = "FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id WHERE " + seeded("m");
        assertThat(rows("SELECT 'pp ' || pp.id " + seededPp + """
                 AND pp.fgdm_offered_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM proceedings_letter_child c
                     JOIN proceedings_letter_sent s ON s.letter_id = c.letter_id WHERE c.pre_proceedings_id = pp.id)"""))
                .as("pre-proceedings past the letter without a sent letter").isEmpty();
        List<Letter> letters = letters();
        assertThat(letters).filteredOn(l -> l.sentOn() == null).as("a draft to open").isNotEmpty()
                .allSatisfy(l -> assertThat(l.fgdmOfferedOn()).as("a draft only where nothing was offered yet").isNull());
        assertThat(letters).filteredOn(l -> l.sentOn() != null).isNotEmpty().allSatisfy(l -> {
            assertThat(l.sentOn()).as("sent from the start, before the meeting it invites to, by the seeding day")
                    .isAfterOrEqualTo(l.startedOn()).isBefore(l.meetingOn()).isBeforeOrEqualTo(seededOn);
            assertThat(calendar.isWorkingDay(l.sentOn())).as("sent on a working day: " + l.sentOn()).isTrue();
            assertThat(l.fgdmOfferedOn()).as("family group decision making offered in the letter").isEqualTo(l.sentOn());
        });
        assertThat(rows("""
                SELECT 'letter ' || l.id FROM proceedings_letter l WHERE l.xmin = CAST(:seed AS xid)
                AND (NOT EXISTS (SELECT 1 FROM proceedings_letter_recipient r JOIN relationship rel ON rel.person_id = r.person_id
                                 JOIN proceedings_letter_child c ON c.letter_id = l.id AND c.person_id = rel.related_person_id
                                 WHERE r.letter_id = l.id AND rel.type = 'PARENT')
                     OR (SELECT count(*) FROM proceedings_letter_section s WHERE s.letter_id = l.id) <> 6
                     OR NOT EXISTS (SELECT 1 FROM event_subject es JOIN event e ON e.id = es.event_id
                                    JOIN proceedings_letter_child c ON c.letter_id = l.id AND c.person_id = es.person_id
                                    WHERE e.type = 'LETTER_BEFORE_PROCEEDINGS' AND e.detail LIKE 'Letter ' || l.id || ',%'))"""))
                .as("letters without a parent, all six sections or the chronology entry").isEmpty();
        assertThat(rows("""
                SELECT 'letter ' || s.letter_id FROM proceedings_letter_sent s JOIN document d ON d.id = s.document_id
                WHERE s.xmin = CAST(:seed AS xid) AND (d.kind <> 'LETTER_BEFORE_PROCEEDINGS'
                    OR EXISTS (SELECT 1 FROM proceedings_letter_child c WHERE c.letter_id = s.letter_id AND NOT EXISTS
                               (SELECT 1 FROM document_subject ds WHERE ds.document_id = d.id AND ds.person_id = c.person_id))
                    OR EXISTS (SELECT 1 FROM proceedings_letter_recipient r WHERE r.letter_id = s.letter_id AND NOT EXISTS
                               (SELECT 1 FROM document_subject ds WHERE ds.document_id = d.id AND ds.person_id = r.person_id))
                    OR NOT EXISTS (SELECT 1 FROM event e JOIN event_subject es ON es.event_id = e.id
                                   JOIN proceedings_letter_child c ON c.letter_id = s.letter_id AND c.person_id = es.person_id
                                   WHERE e.type = 'LETTER_BEFORE_PROCEEDINGS' AND e.summary = 'Letter before proceedings sent'
                                     AND e.detail LIKE '%; document ' || d.id))"""))
                .as("sent letters whose document is not on each child's and parent's record, or not in the chronology").isEmpty();
    }

    @Test
    void theLettersArePlainEnglishAndKeepWhatWasSentAsTheServiceDoes() {
        List<String[]> sections = jdbc.sql("""
                        SELECT s.letter_id, s.section, s.body FROM proceedings_letter_section s
                        WHERE s.xmin = CAST(:seed AS xid) ORDER BY s.letter_id, s.section""")
                .param("seed", seed).query((rs, n) -> new String[] {rs.getString(1) + " " + rs.getString(2), rs.getString(3)}).list();
        assertThat(sections).isNotEmpty();
        List<String> blocking = sections.stream().filter(x -> plainEnglish.check(x[1]).blocking())
                .map(x -> x[0] + ": " + plainEnglish.check(x[1]).findings()).toList();
        assertThat(blocking).as("sections with blocking plain-English findings").isEmpty();
        List<String> keys = java.util.Arrays.stream(LetterSection.values()).map(LetterSection::name).sorted().toList();
        assertThat(jdbc.sql("""
                        SELECT (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(s.sections) k) || ' / '
                               || (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(s.findings) k)
                        FROM proceedings_letter_sent s WHERE s.xmin = CAST(:seed AS xid)""")
                .param("seed", seed).query(String.class).list())
                .isNotEmpty().containsOnly(String.join(",", keys) + " / " + String.join(",", keys));
        assertThat(count("""
                SELECT count(*) FROM proceedings_letter_sent s JOIN proceedings_letter_section x ON x.letter_id = s.letter_id
                WHERE s.xmin = CAST(:seed AS xid) AND (s.sections ->> x.section IS DISTINCT FROM x.body
                                                       OR jsonb_typeof(s.findings -> x.section) <> 'array')""")).isZero();
    }

    @Test
    void eachSentLetterIsAPdfNamingTheChild() throws Exception {
        List<Letter> sent = letters().stream().filter(l -> l.documentId() != null).toList();
        assertThat(sent).isNotEmpty();
        for (Letter l : sent) {
            byte[] pdf = jdbc.sql("SELECT content FROM document_content WHERE document_id = :d").param("d", l.documentId())
                    .query(byte[].class).single();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).as("letter " + l.id())
                        .contains(l.given() == null || l.given().isBlank() ? "your unborn baby" : l.given())
                        .contains(LetterSection.LEGAL_ADVICE.heading());
            }
        }
    }

    @Test
    void theAllocatedWorkerOpensEachLetterAndTheDraft() {
        for (Letter l : letters()) {
            assertThat(l.worker()).as("the allocated worker of " + l.personId()).isNotNull();
            PageSession.Page page = PageSession.signedIn(port, l.worker())
                    .get("/people/" + l.personId() + "/proceedings-letters/" + l.id());
            assertThat(page.status()).as("letter " + l.id() + " for " + l.worker()).isEqualTo(200);
            assertThat(page.body()).contains(LetterSection.WORRIES.heading());
        }
    }

    @Test
    void theCensusGivesTheDateTheLetterWasSent() {
        CensusYear year = CensusYear.containing(seededOn);
        List<Letter> sentThisYear = letters().stream().filter(l -> l.sentOn() != null && !l.startedOn().isBefore(year.start())).toList();
        if (seededOn.isAfter(year.start().plusWeeks(20))) {
            assertThat(sentThisYear).as("letters for pre-proceedings started this census year").isNotEmpty();
        }
        java.util.Map<Long, LocalDate> exported = new java.util.HashMap<>();
        census.exportChildren(year, sentThisYear.stream().map(Letter::personId).toList()).message().children().stream()
                .flatMap(c -> c.cinDetails().stream()).map(CinDetails::preProceedings).flatMap(List::stream)
                .filter(p -> p.lbpSentDate() != null).forEach(p -> exported.put(p.sourceId(), p.lbpSentDate()));
        assertThat(sentThisYear).allSatisfy(l -> assertThat(exported.get(l.preProceedingsId())).as("LBPSentDate of pp "
                + l.preProceedingsId()).isEqualTo(l.sentOn()));
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
