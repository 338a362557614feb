package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.oversight.DecisionInput;
import org.opencsc.oversight.DecisionKind;
import org.opencsc.oversight.Decisions;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.person.RelationshipType;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo user against every way of reading or writing a child's record, over real HTTP on
 * the real database. The expected answers come from {@link #WHO_SEES_WHAT}, a table written
 * to be read by a person checking the access rules, not derived from the code under test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /**
     * Who may open which record (Y = opens it, - = refused with 403), and whose role may write
     * (add case notes) on the records it can open. The records are made for this test:
     * <ul>
     * <li>North child: allocated to "Safeguarding team North" (service area "Locality North").</li>
     * <li>South child: allocated to "Safeguarding team South" (service area "Locality South").</li>
     * <li>Unallocated child: no team holds them (the front door's work).</li>
     * <li>Mother of North child: not allocated herself, linked as PARENT of the North child
     * (one relationship away from an allocated child).</li>
     * <li>Restricted child: allocated North, restricted by the team manager, naming only "manager".</li>
     * </ul>
     * The front door (contact, duty, dutymanager) opens every unrestricted record: triage checks a
     * child's whole history, and contacts arrive about children whose cases are open elsewhere.
     * Teams: contact, duty and dutymanager are in "Front door (MASH)" (service area "Front door");
     * social, family and manager in North; social2 and manager2 in South. The partner agency auditor
     * opens only the children in the audits of their round (none of these), and auditor2 is a second
     * quality assurance officer.
     */
    static final String WHO_SEES_WHAT = """
            user        | North child | South child | unallocated child | mother of North child | restricted child | writes
            ------------+-------------+-------------+-------------------+-----------------------+------------------+-------
            contact     |      Y      |      Y      |         Y         |           Y           |        -         |   Y
            duty        |      Y      |      Y      |         Y         |           Y           |        -         |   Y
            dutymanager |      Y      |      Y      |         Y         |           Y           |        -         |   Y
            social      |      Y      |      -      |         -         |           Y           |        -         |   Y
            social2     |      -      |      Y      |         -         |           -           |        -         |   Y
            family      |      Y      |      -      |         -         |           Y           |        -         |   Y
            manager     |      Y      |      -      |         Y         |           Y           |        Y         |   Y
            manager2    |      -      |      Y      |         Y         |           -           |        -         |   Y
            chair       |      Y      |      Y      |         Y         |           Y           |        -         |   Y
            legal       |      Y      |      Y      |         Y         |           Y           |        -         |   Y
            auditor     |      Y      |      Y      |         Y         |           Y           |        -         |   -
            auditor2    |      Y      |      Y      |         Y         |           Y           |        -         |   -
            dataofficer |      Y      |      Y      |         Y         |           Y           |        -         |   -
            leader      |      Y      |      Y      |         Y         |           Y           |        -         |   -
            inspector   |      Y      |      Y      |         Y         |           Y           |        -         |   -
            partner     |      -      |      -      |         -         |           -           |        -         |   -
            admin       |      -      |      -      |         -         |           -           |        -         |   -
            """;

    /** The records in the table's columns, in column order. */
    enum Record { NORTH_CHILD, SOUTH_CHILD, UNALLOCATED_CHILD, MOTHER_OF_NORTH_CHILD, RESTRICTED_CHILD }

    /**
     * Every endpoint that shows (or writes to) a child's record. The North-only ones are reads of
     * parts of a child's case (visits, level of need, decisions, an assessment) checked on the
     * North child, which has a referral, a single assessment and a critical decision made for it.
     */
    enum Endpoint {
        API_PERSON("API GET /api/v1/people/{id}", false, false),
        API_CHRONOLOGY("API GET /api/v1/children/{id}/chronology", false, false),
        PAGE_RECORD("page GET /people/{id}", false, false),
        PAGE_NEW_CASE_NOTE("page GET /people/{id}/case-notes/new", true, false),
        API_ADD_CASE_NOTE("API POST /api/v1/children/{id}/case-notes", true, false),
        API_VISITS("API GET /api/v1/people/{id}/visits", false, true),
        API_LEVEL("API GET /api/v1/people/{id}/level", false, true),
        API_DECISIONS("API GET /api/v1/people/{id}/decisions", false, true),
        API_ASSESSMENT("API GET /api/v1/assessments/{assessment of the child}", false, true);

        final String label;
        final boolean writes;
        final boolean northOnly;

        Endpoint(String label, boolean writes, boolean northOnly) {
            this.label = label;
            this.writes = writes;
            this.northOnly = northOnly;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    record Row(Map<Record, Boolean> sees, boolean writes) {
    }

    /** The table above, read into rows by username. */
    static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = WHO_SEES_WHAT.lines().skip(2).toList();
        for (String line : lines) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            Map<Record, Boolean> sees = new EnumMap<>(Record.class);
            for (Record r : Record.values()) {
                sees.put(r, yes(cells[1 + r.ordinal()]));
            }
            rows.put(cells[0], new Row(sees, yes(cells[cells.length - 1])));
        }
        return rows;
    }

    private static boolean yes(String cell) {
        return switch (cell) {
            case "Y" -> true;
            case "-" -> false;
            default -> throw new IllegalArgumentException("Table cells are Y or -, not " + cell);
        };
    }

    static int expectedStatus(Row row, Record record, Endpoint endpoint) {
        boolean allowed = row.sees().get(record) && (!endpoint.writes || row.writes());
        if (!allowed) {
            return 403;
        }
        return endpoint == Endpoint.API_ADD_CASE_NOTE ? 201 : 200;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        table().forEach((user, row) -> {
            for (Endpoint endpoint : Endpoint.values()) {
                for (Record record : Record.values()) {
                    if (endpoint.northOnly && record != Record.NORTH_CHILD) {
                        continue;
                    }
                    cases.add(Arguments.of(user, endpoint, record, expectedStatus(row, record, endpoint)));
                }
            }
        });
        return cases.stream();
    }

    @LocalServerPort
    int port;
    @Autowired
    PersonService personService;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContactService contacts;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    Decisions decisions;
    @Autowired
    Clock clock;

    Fixtures fixtures;
    final Map<Record, Long> ids = new EnumMap<>(Record.class);
    final Map<Record, String> familyNames = new EnumMap<>(Record.class);
    final Map<String, PageSession> sessions = new HashMap<>();
    long northAssessment;

    @BeforeAll
    void makeRecords() {
        fixtures = new Fixtures(personService, users, jdbc);
        String northFamily = Fixtures.uniqueSurname("Matrix");
        String southFamily = Fixtures.uniqueSurname("Matrix");
        String unallocatedFamily = Fixtures.uniqueSurname("Matrix");
        String restrictedFamily = Fixtures.uniqueSurname("Matrix");
        LocalDate dob = LocalDate.now(clock).minusYears(8);
        long north = fixtures.child("Nora", northFamily, dob);
        long mother = fixtures.adult("Mona", northFamily, LocalDate.now(clock).minusYears(34));
        // Linked while both are unallocated, by the front door, as a family is usually first recorded.
        fixtures.link(mother, north, RelationshipType.PARENT);
        fixtures.allocate(north, "Safeguarding team North");
        long south = fixtures.child("Sid", southFamily, dob);
        fixtures.allocate(south, "Safeguarding team South");
        long unallocated = fixtures.child("Una", unallocatedFamily, dob);
        long restricted = fixtures.child("Rory", restrictedFamily, dob);
        fixtures.allocate(restricted, "Safeguarding team North");
        restriction.restrict(restricted, List.of(), "Child of a member of staff", fixtures.user("manager"));
        ids.put(Record.NORTH_CHILD, north);
        ids.put(Record.SOUTH_CHILD, south);
        ids.put(Record.UNALLOCATED_CHILD, unallocated);
        ids.put(Record.MOTHER_OF_NORTH_CHILD, mother);
        ids.put(Record.RESTRICTED_CHILD, restricted);
        familyNames.put(Record.NORTH_CHILD, northFamily);
        familyNames.put(Record.SOUTH_CHILD, southFamily);
        familyNames.put(Record.UNALLOCATED_CHILD, unallocatedFamily);
        familyNames.put(Record.MOTHER_OF_NORTH_CHILD, northFamily);
        familyNames.put(Record.RESTRICTED_CHILD, restrictedFamily);
        northAssessment = assessmentFor(north);
        decisions.record(north, new DecisionInput(DecisionKind.OTHER, "Decision for Nora " + northFamily,
                "Matrix fixture", List.of("None")), fixtures.user("manager"), AccessLog.Channel.API);
    }

    /** A referral through the front door, then a single assessment started by Sam Social (North). */
    private long assessmentFor(long child) {
        LocalDate today = LocalDate.now(clock);
        Instant received = today.minusDays(1).atTime(10, 0).atZone(clock.getZone()).toInstant();
        long contactId = contacts.record(new ContactInput(received, ReferralSource.HEALTH_GP, "Nurse Patel", "GP surgery", null,
                "Missed health appointments.", Urgency.STANDARD, Consent.GIVEN, "All agencies", null, false, null,
                List.of(child)), fixtures.user("contact"), AccessLog.Channel.API);
        int version = jdbc.sql("SELECT version FROM contact WHERE id = ?").params(contactId).query(Integer.class).single();
        contacts.decide(contactId, version, DecisionOutcome.REFERRAL, "Threshold met for assessment", null, PrimaryNeed.N1,
                fixtures.user("dutymanager"), AccessLog.Channel.API);
        long referral = jdbc.sql("SELECT id FROM referral WHERE contact_id = ?").params(contactId).query(Long.class).single();
        return assessments.start(referral, today, fixtures.user("social"), AccessLog.Channel.API);
    }

    @Test
    void theTableCoversEveryDemoUser() {
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(DemoMode.LOGINS);
    }

    @Test
    void theRestrictedRecordNamesOnlyTheManager() {
        assertThat(restriction.namedUsers(ids.get(Record.RESTRICTED_CHILD)))
                .extracting(RecordRestriction.NamedUser::username).containsExactly("manager");
    }

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @MethodSource("matrix")
    void accessFollowsTheTableAndEveryAnswerIsLogged(String user, Endpoint endpoint, Record record, int expected) {
        long id = ids.get(record);
        long viewsBefore = logCount(id, user, "VIEW");
        long refusalsBefore = logCount(id, user, "DENIED");
        long logBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
        String note = "Matrix note by " + user + " " + UUID.randomUUID();

        int status;
        String body;
        switch (endpoint) {
            case PAGE_RECORD, PAGE_NEW_CASE_NOTE -> {
                String path = endpoint == Endpoint.PAGE_RECORD ? "/people/" + id : "/people/" + id + "/case-notes/new";
                PageSession.Page page = session(user).get(path);
                status = page.status();
                body = page.body();
            }
            default -> {
                Api api = new Api(port, user);
                Api.Response r = switch (endpoint) {
                    case API_PERSON -> api.get("/api/v1/people/" + id);
                    case API_CHRONOLOGY -> api.get("/api/v1/children/" + id + "/chronology");
                    case API_VISITS -> api.get("/api/v1/people/" + id + "/visits");
                    case API_LEVEL -> api.get("/api/v1/people/" + id + "/level");
                    case API_DECISIONS -> api.get("/api/v1/people/" + id + "/decisions");
                    case API_ASSESSMENT -> api.get("/api/v1/assessments/" + northAssessment);
                    default -> api.post("/api/v1/children/" + id + "/case-notes", """
                            {"type": "VISIT", "occurredAt": "%s", "summary": "%s", "text": "Seen at home."}"""
                            .formatted(clock.instant().minus(1, ChronoUnit.HOURS), note));
                };
                status = r.status();
                body = r.body();
                if (status == 403) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            }
        }

        assertThat(status).as("%s on %s for %s", user, endpoint, record).isEqualTo(expected);
        if (endpoint == Endpoint.PAGE_RECORD || endpoint == Endpoint.PAGE_NEW_CASE_NOTE) {
            // The whole page was rendered, not cut off by a template error after the status was sent.
            assertThat(body).contains("</html>");
        }
        if (expected != 403) {
            switch (endpoint) {
                case API_ADD_CASE_NOTE -> { }
                // These answer with the child's id, not their name.
                case API_VISITS, API_ASSESSMENT -> assertThat(body).as("the child's own record is shown")
                        .contains("\"personId\":" + id);
                case API_LEVEL -> assertThat(body).contains("\"current\"");
                default -> assertThat(body).as("the record itself is shown").contains(familyNames.get(record));
            }
        } else {
            assertThat(body).as("nothing of the record leaks in a refusal").doesNotContain(familyNames.get(record))
                    .doesNotContain("\"personId\"");
        }
        long views = logCount(id, user, "VIEW") - viewsBefore;
        long refusals = logCount(id, user, "DENIED") - refusalsBefore;
        boolean refusedUpFront = endpoint == Endpoint.API_ADD_CASE_NOTE && fixtures.user(user).role().readOnly();
        if (refusedUpFront) {
            // A read-only role's API write is refused by the URL rules before any record is looked at: the
            // refusal is logged with the address asked for, and with the record that address names.
            assertThat(expected).isEqualTo(403);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM access_log WHERE id > :before AND username = :user AND action = 'DENIED'
                              AND person_id = :person AND path = :path""")
                    .param("before", logBefore).param("user", user).param("person", id)
                    .param("path", "/api/v1/children/" + id + "/case-notes")
                    .query(Long.class).single()).as("refusal logged as DENIED").isEqualTo(1);
            assertThat(refusals).isEqualTo(1);
            assertThat(views).isZero();
            assertThat(notesWithSummary(note)).isZero();
        } else if (expected == 403) {
            assertThat(refusals).as("refusal logged as DENIED").isEqualTo(1);
            assertThat(views).as("a refusal is not logged as a view").isZero();
            assertThat(notesWithSummary(note)).isZero();
        } else if (endpoint == Endpoint.API_ADD_CASE_NOTE) {
            assertThat(refusals).isZero();
            assertThat(notesWithSummary(note)).as("the case note is on the record").isEqualTo(1);
        } else {
            assertThat(views).as("view logged as VIEW").isEqualTo(1);
            assertThat(refusals).isZero();
        }
    }

    static Stream<Arguments> searches() {
        List<Arguments> cases = new ArrayList<>();
        table().forEach((user, row) -> {
            for (Record record : Record.values()) {
                cases.add(Arguments.of(user, record, row.sees().get(record)));
            }
        });
        return cases.stream();
    }

    /**
     * Search follows the same table: a record the user may open is listed in full; one they may
     * not is listed without any detail (not even its id), or, restricted, not at all. The search
     * is logged with what it listed and what it matched without showing.
     */
    @ParameterizedTest(name = "{0} searches for {1} -> opens it: {2}")
    @MethodSource("searches")
    void searchListsOnlyWhatTheTableAllowsAndIsLogged(String user, Record record, boolean sees) {
        long id = ids.get(record);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();

        Api.Response r = new Api(port, user).get("/api/v1/people?name=" + familyNames.get(record));

        assertThat(r.status()).isEqualTo(200);
        List<Long> listedIds = new ArrayList<>();
        r.json().forEach(m -> {
            if (m.get("id") != null && !m.get("id").isNull()) {
                listedIds.add(m.get("id").asLong());
            } else {
                assertThat(m.get("canOpen").asBoolean()).isFalse();
                assertThat(m.get("name")).as("a record the user cannot open has no name").isNull();
                assertThat(m.get("dateOfBirth")).isNull();
            }
        });
        var logged = jdbc.sql("""
                        SELECT coalesce(listed @> ARRAY[CAST(:id AS bigint)], false) AS listed,
                               coalesce(unseen @> ARRAY[CAST(:id AS bigint)], false) AS unseen
                        FROM access_log WHERE id > :before AND action = 'SEARCH' AND username = :user""")
                .param("id", id).param("before", before).param("user", user)
                .query((rs, n) -> List.of(rs.getBoolean("listed"), rs.getBoolean("unseen"))).single();
        if (sees) {
            assertThat(listedIds).as("listed in full").contains(id);
            assertThat(logged).containsExactly(true, false);
        } else if (record == Record.RESTRICTED_CHILD || user.equals("partner")) {
            // A partner agency's auditor is not even told a record they cannot open exists (person.PeopleFinder).
            assertThat(listedIds).doesNotContain(id);
            assertThat(r.body()).as("not even without details").doesNotContain("Rory");
            assertThat(logged).as("matched, not shown").containsExactly(false, true);
        } else {
            assertThat(listedIds).doesNotContain(id);
            assertThat(r.json()).as("listed without details").anySatisfy(m -> assertThat(m.get("canOpen").asBoolean()).isFalse());
            assertThat(logged).containsExactly(true, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void onlyTheAdministratorSeesTheAccessLogPage(String user) {
        long north = ids.get(Record.NORTH_CHILD);
        // Make sure the log has an entry to show: Sam Social opening the North child's record.
        assertThat(new Api(port, "social").get("/api/v1/people/" + north).status()).isEqualTo(200);

        PageSession.Page page = session(user).get("/admin/access-log?personId=" + north);

        if (user.equals("admin")) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Who looked at this record").contains("id=\"access-log\"").contains("Sam Social");
        } else {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Who looked at this record").doesNotContain("id=\"access-log\"");
        }
    }

    static Stream<String> users() {
        return table().keySet().stream();
    }

    @Test
    void theAccessLogCannotBeChangedOrDeleted() {
        long north = ids.get(Record.NORTH_CHILD);
        assertThat(new Api(port, "chair").get("/api/v1/people/" + north).status()).isEqualTo(200);
        long rows = jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = :id").param("id", north)
                .query(Long.class).single();
        assertThat(rows).isPositive();

        assertThatThrownBy(() -> jdbc.sql("UPDATE access_log SET username = 'nobody' WHERE person_id = :id")
                .param("id", north).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_log WHERE person_id = :id").param("id", north).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = :id AND username <> 'nobody'")
                .param("id", north).query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJsonAndPagesSendYouToSignIn() {
        long north = ids.get(Record.NORTH_CHILD);
        Api anonymous = new Api(port, null);
        for (Api.Response r : List.of(anonymous.get("/api/v1/people/" + north),
                anonymous.get("/api/v1/children/" + north + "/chronology"),
                anonymous.post("/api/v1/children/" + north + "/case-notes", "{}"))) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("status").asInt()).isEqualTo(401);
        }
        PageSession browser = PageSession.anonymous(port);
        for (String path : List.of("/people/" + north, "/people/" + north + "/case-notes/new",
                "/admin/access-log?personId=" + north)) {
            PageSession.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/sign-in");
        }
    }

    @Test
    void anInspectorWhoseAccessHasExpiredCannotSignIn() {
        String username = "inspector.expired." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, access_expires_at)
                        SELECT :username, password_hash, 'Expired Inspector', 'INSPECTOR', :expired
                        FROM app_user WHERE username = 'inspector'
                        """)
                .param("username", username)
                .param("expired", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1)))).update();
        long unallocated = ids.get(Record.UNALLOCATED_CHILD);

        PageSession.Page signIn = PageSession.anonymous(port).signIn(username, "demo");
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).contains("/sign-in?error");
        assertThat(new Api(port, username).get("/api/v1/people/" + unallocated).status()).isEqualTo(401);

        // The same account with its access still running signs in: the expiry is what refused it.
        // By the application's clock, which is what the account check reads (not the database's now()).
        jdbc.sql("UPDATE app_user SET access_expires_at = :until WHERE username = :username")
                .param("until", java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(1))))
                .param("username", username).update();
        PageSession.Page again = PageSession.anonymous(port).signIn(username, "demo");
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).doesNotContain("error");
        assertThat(new Api(port, username).get("/api/v1/people/" + unallocated).status()).isEqualTo(200);
    }

    @Test
    void anInspectorsPageSessionEndsWhenTheirAccessExpires() {
        String username = "inspector.ending." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, access_expires_at)
                        SELECT :username, password_hash, 'Ending Inspector', 'INSPECTOR', :expires
                        FROM app_user WHERE username = 'inspector'
                        """)
                .param("username", username).param("expires", java.sql.Timestamp.from(clock.instant().plusSeconds(3600))).update();
        long unallocated = ids.get(Record.UNALLOCATED_CHILD);
        PageSession session = PageSession.anonymous(port);
        assertThat(session.signIn(username, "demo").location()).doesNotContain("error");
        assertThat(session.get("/people/" + unallocated).status()).isEqualTo(200);

        // The hour passes: the expiry is now behind the application's clock (no sleeping).
        jdbc.sql("UPDATE app_user SET access_expires_at = :expires WHERE username = :username")
                .param("username", username).param("expires", java.sql.Timestamp.from(clock.instant().minusSeconds(1))).update();
        PageSession.Page after = session.get("/people/" + unallocated);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/sign-in?expired");
        assertThat(session.get("/people/" + unallocated).location()).as("the session is gone").endsWith("/sign-in");
    }

    @Test
    void linkingFamilyCannotOpenARecordFromAnotherTeam() {
        // A social worker in North links a South child to their own North child as a sibling: if it
        // worked, the South child would become visible to them ("one relationship away").
        long north = fixtures.child("Nell", Fixtures.uniqueSurname("Linkage"), LocalDate.now(clock).minusYears(6));
        fixtures.allocate(north, "Safeguarding team North");
        long south = fixtures.child("Sol", Fixtures.uniqueSurname("Linkage"), LocalDate.now(clock).minusYears(7));
        fixtures.allocate(south, "Safeguarding team South");
        Api social = new Api(port, "social");
        assertThat(social.get("/api/v1/people/" + south).status()).isEqualTo(403);

        Api.Response link = social.post("/api/v1/people/" + south + "/relationships",
                "{\"relatedPersonId\": %d, \"type\": \"SIBLING\"}".formatted(north));

        assertThat(link.status()).isEqualTo(403);
        assertThat(social.get("/api/v1/people/" + south).status()).isEqualTo(403);
    }

    private PageSession session(String user) {
        return sessions.computeIfAbsent(user, u -> PageSession.signedIn(port, u));
    }

    private long logCount(long personId, String username, String action) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = :id AND username = :user AND action = :action")
                .param("id", personId).param("user", username).param("action", action).query(Long.class).single();
    }

    private long notesWithSummary(String summary) {
        return jdbc.sql("SELECT count(*) FROM event WHERE type = 'CASE_NOTE' AND summary = :summary")
                .param("summary", summary).query(Long.class).single();
    }
}
