package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.childrecord.CaseNoteInput;
import org.opencsc.childrecord.CaseNotes;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.visit.VisitInput;
import org.opencsc.visit.VisitPlace;
import org.opencsc.visit.VisitType;
import org.opencsc.visit.VisitorRole;
import org.opencsc.visit.Visits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A restricted child's information reaches only the users named on the record, wherever the
 * child appears: a sibling's chronology and family network, search, the duplicate check, the
 * work lists, a visit to the sibling group, supervision, an assessment's history. Every search
 * is in the access log with what it listed.
 *
 * <p>The family, made for this test: Kai (restricted by the duty manager, "dutymanager"; Sam
 * Social, "social", was allocated the case and so is named too) and his sister Ada, both held by
 * Safeguarding team North. Before the restriction Sam Social wrote a case note for both and
 * recorded a visit to both. After it, the case moved to Frankie Support ("family", North), who
 * is not named. Frankie may open Ada, not Kai; so may the North manager and the chair.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedRecordSealTest {


    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    CaseNotes caseNotes;
    @Autowired
    Visits visits;
    @Autowired
    ContactService contacts;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    final String marker = UUID.randomUUID().toString();
    /** A day few other children share, so that a search by it finds him among a handful. */
    final LocalDate kaiBorn = LocalDate.of(2009, 1, 1).plusDays(new java.util.Random().nextInt(1500)); // before Ada (2013)
    final String kaiBornOnPage = org.opencsc.platform.web.Dates.govuk(kaiBorn);
    final Map<String, PageSession> sessions = new HashMap<>();
    Fixtures fixtures;
    long kai;
    long ada;
    String surname;
    long noteEvent;
    long referralForAda;

    @BeforeAll
    void makeTheFamily() {
        fixtures = new Fixtures(personService, users, jdbc);
        LocalDate today = LocalDate.now(clock);
        // Kai: referred and allocated to Sam Social, so an open episode puts a visit on his due work.
        kai = journey.referredAndAllocated(today.minusDays(10)).child();
        surname = jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(kai).query(String.class).single();
        jdbc.sql("UPDATE person SET date_of_birth = ? WHERE id = ?").params(kaiBorn, kai).update();
        ada = fixtures.child("Ada", surname, LocalDate.of(2013, 5, 7));
        fixtures.allocate(ada, "Safeguarding team North");
        fixtures.link(ada, kai, RelationshipType.SIBLING);
        CurrentUser social = fixtures.user("social");
        noteEvent = caseNotes.add(ada, new CaseNoteInput(CaseNoteType.VISIT, Instant.now(clock).minus(2, ChronoUnit.HOURS),
                "Shared summary " + marker, "Shared note about both children " + marker, List.of(kai)), social, AccessLog.Channel.API);
        visits.record(new VisitInput(today.minusDays(1), null, null, VisitorRole.SOCIAL_WORKER, VisitType.HOME, VisitPlace.HOME,
                null, "Observed at the visit " + marker, List.of(
                new VisitInput.Child(ada, true, true, "Ada's words", List.of()),
                new VisitInput.Child(kai, true, false, "Kai's words " + marker, List.of()))), social, AccessLog.Channel.API);
        referralForAda = referral(ada);

        restriction.restrict(kai, List.of(), "Child of a member of staff", fixtures.user("dutymanager"));
        // The case moves on to a worker the restriction does not name: their own lists must still not show him.
        jdbc.sql("UPDATE allocation SET worker_id = ? WHERE person_id = ? AND end_date IS NULL")
                .params(fixtures.user("family").id(), kai).update();
    }

    private long referral(long child) {
        Instant received = Instant.now(clock).minus(1, ChronoUnit.DAYS);
        long contactId = contacts.record(new ContactInput(received, ReferralSource.HEALTH_GP, "Nurse Patel", "GP surgery", null,
                "Missed health appointments.", Urgency.STANDARD, Consent.GIVEN, "All agencies", null, false, null,
                List.of(child)), fixtures.user("contact"), AccessLog.Channel.API);
        int version = jdbc.sql("SELECT version FROM contact WHERE id = ?").params(contactId).query(Integer.class).single();
        contacts.decide(contactId, version, DecisionOutcome.REFERRAL, "Threshold met for assessment", null, PrimaryNeed.N1,
                fixtures.user("dutymanager"), AccessLog.Channel.API);
        return jdbc.sql("SELECT id FROM referral WHERE contact_id = ?").params(contactId).query(Long.class).single();
    }

    @Test
    void theRestrictionNamesTheDutyManagerAndTheWorkerThenAllocatedOnly() {
        assertThat(restriction.namedUsers(kai)).extracting(RecordRestriction.NamedUser::username)
                .containsExactlyInAnyOrder("dutymanager", "social");
        assertThat(api("family").get("/api/v1/people/" + ada).status()).isEqualTo(200);
        assertThat(api("family").get("/api/v1/people/" + kai).status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ the sibling's chronology

    @Test
    void aNoteSharedWithTheRestrictedChildIsWithheldOnTheSiblingsPageFromUsersNotNamed() {
        long logged = logCount(kai, "family", "VIEW");
        String page = session("family").get("/people/" + ada + "/chronology").body();

        assertThat(page).contains("</html>").contains(ChronologyEntry.WITHHELD)
                .doesNotContain("Shared summary " + marker).doesNotContain("Shared note about both children")
                .doesNotContain("Kai " + surname);
        assertThat(logCount(kai, "family", "VIEW")).as("nothing of Kai's was shown, so nothing is logged").isEqualTo(logged);
    }

    @Test
    void aNoteSharedWithTheRestrictedChildIsWithheldInTheChronologyApiWithoutHisId() {
        for (String user : List.of("family", "manager", "chair")) {
            Api.Response r = api(user).get("/api/v1/children/" + ada + "/chronology");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).as(user).doesNotContain(marker).doesNotContain("Kai " + surname);
            JsonNode note = entry(r.json(), noteEvent);
            assertThat(note.get("withheld").asBoolean()).as(user).isTrue();
            assertThat(note.get("summary").asString()).isEqualTo(ChronologyEntry.WITHHELD);
            assertThat(absent(note, "detail")).isTrue();
            assertThat(absent(note, "recordedBy")).isTrue();
            assertThat(ids(note.get("people"))).containsExactly(ada);
        }
    }

    @Test
    void aUserNamedOnTheRecordReadsTheSharedNoteAndItIsLoggedAsAViewOfTheRestrictedChildToo() {
        long before = logCount(kai, "dutymanager", "VIEW");

        String page = session("dutymanager").get("/people/" + ada + "/chronology").body();

        assertThat(page).contains("Shared note about both children " + marker);
        assertThat(logCount(kai, "dutymanager", "VIEW") - before).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT path FROM access_log WHERE person_id = ? AND username = 'dutymanager' AND action = 'VIEW'
                        ORDER BY id DESC LIMIT 1""").params(kai).query(String.class).single())
                .as("the log says where it was read").isEqualTo("/people/" + ada + "/chronology");
        JsonNode note = entry(api("dutymanager").get("/api/v1/children/" + ada + "/chronology").json(), noteEvent);
        assertThat(note.get("withheld").asBoolean()).isFalse();
        assertThat(ids(note.get("people"))).containsExactlyInAnyOrder(ada, kai);
    }

    @Test
    void aWordFilterDoesNotConfirmWhatAWithheldEntrySays() {
        JsonNode entries = api("family").get("/api/v1/children/" + ada + "/chronology?q=" + marker).json();
        assertThat(entries.size()).as("the only matches are withheld, so none are listed").isZero();
    }

    @Test
    void theVisitToBothChildrenShowsTheSiblingsOwnPartWithoutTheSharedObservations() {
        String page = session("family").get("/people/" + ada + "/chronology").body();
        assertThat(page).contains("Home visit by Sam Social").contains(ChronologyEntry.DETAIL_WITHHELD)
                .doesNotContain("Observed at the visit").doesNotContain("Kai&#39;s words").doesNotContain("Kai " + surname);

        JsonNode mine = api("family").get("/api/v1/people/" + ada + "/visits").json();
        assertThat(mine.toString()).doesNotContain(marker);
        JsonNode visit = mine.get("visits").get(0);
        assertThat(absent(visit, "observations")).isTrue();
        assertThat(ids(visit.get("children"), "personId")).containsExactly(ada);

        JsonNode named = api("dutymanager").get("/api/v1/people/" + ada + "/visits").json();
        assertThat(named.get("visits").get(0).get("observations").asString()).isEqualTo("Observed at the visit " + marker);
    }

    // ------------------------------------------------------------------ the sibling's family

    @Test
    void theSiblingsFamilyNetworkShowsTheRestrictedChildWithoutNameDateOfBirthOrId() {
        String page = session("family").get("/people/" + ada + "/family").body();
        assertThat(page).contains("A family member whose record you cannot open")
                .doesNotContain("Kai " + surname).doesNotContain(kaiBornOnPage).doesNotContain("/people/" + kai + "\"");

        Api.Response r = api("family").get("/api/v1/people/" + ada);
        assertThat(r.body()).doesNotContain("\"Kai").doesNotContain(kaiBorn.toString());
        JsonNode family = r.json().get("family");
        assertThat(family).hasSize(1);
        JsonNode brother = family.get(0);
        assertThat(brother.get("withheld").asBoolean()).isTrue();
        assertThat(absent(brother, "personId")).isTrue();
        assertThat(absent(brother, "name")).isTrue();
        assertThat(absent(brother, "dateOfBirth")).isTrue();
        assertThat(brother.get("relationshipLabel").asString()).isEqualTo("Sibling");

        JsonNode named = api("dutymanager").get("/api/v1/people/" + ada).json().get("family").get(0);
        assertThat(named.get("personId").asLong()).isEqualTo(kai);
        assertThat(named.get("name").asString()).isEqualTo("Kai " + surname);
    }

    @Test
    void theFormsThatOfferSiblingsDoNotOfferTheRestrictedChild() {
        assertThat(session("family").get("/people/" + ada + "/case-notes/new").body()).contains("</html>")
                .doesNotContain("Kai " + surname).doesNotContain("alsoFor-" + kai);
        assertThat(session("family").get("/visits/new?childId=" + ada).body()).contains("</html>")
                .doesNotContain("Kai " + surname);
        assertThat(session("contact").get("/contacts/new?childId=" + ada).body()).contains("</html>")
                .doesNotContain("Kai " + surname);
    }

    @Test
    void anAssessmentsHistoryNamesNoRestrictedFamilyMemberEvenWhenItsWorkerIsNamed() {
        long id = assessments.start(referralForAda, LocalDate.now(clock), fixtures.user("social"), AccessLog.Channel.API);
        String history = jdbc.sql("SELECT history FROM single_assessment WHERE id = ?").params(id).query(String.class).single();
        // Everyone who may open Ada reads this text, so it must not name Kai, though Sam Social may open him.
        assertThat(history).contains("A family member whose record is not shown here, sibling")
                .doesNotContain("Kai").doesNotContain(marker);
    }

    // ------------------------------------------------------------------ search and the duplicate check

    @Test
    void searchDoesNotListARestrictedRecordToAUserNotNamedOnIt() {
        String page = session("family").get("/people/search?name=Kai+" + surname).body();
        // Other tests' children are also "Kai Protect...", born the same day, and Frankie may open some of them:
        // what must not be there is this Kai's id and name.
        assertThat(page).contains("</html>").doesNotContain("Restricted record").doesNotContain(">Kai " + surname)
                .doesNotContain("/people/" + kai + "\"");

        for (String user : List.of("family", "chair")) {
            JsonNode found = api(user).get("/api/v1/people?name=Kai%20" + surname).json();
            assertThat(ids(found, "id")).as(user).doesNotContain(kai);
            assertThat(found.toString()).doesNotContain("Restricted record").doesNotContain("Kai " + surname);
            assertThat(ids(api(user).get("/api/v1/people?name=" + surname).json(), "id")).as("his sister is found").contains(ada);
        }
        assertThat(ids(api("dutymanager").get("/api/v1/people?name=Kai%20" + surname).json(), "id")).as("named").contains(kai);
    }

    @Test
    void aDateOfBirthSearchDoesNotConfirmARestrictedRecord() {
        for (String user : List.of("family", "chair", "contact")) {
            long before = maxLogId();
            JsonNode found = api(user).get("/api/v1/people?limit=200&dateOfBirth=" + kaiBorn).json();
            assertThat(ids(found, "id")).as(user).doesNotContain(kai);
            assertThat(found.toString()).doesNotContain("Restricted record").doesNotContain("Kai " + surname);
            assertThat(unseenBySearchesSince(before, user)).as("he matched, and was not shown").contains(kai);
        }
        String page = session("family").get("/people/search?dobDay=" + kaiBorn.getDayOfMonth() + "&dobMonth="
                + kaiBorn.getMonthValue() + "&dobYear=" + kaiBorn.getYear()).body();
        assertThat(page).contains("</html>").doesNotContain("Restricted record").doesNotContain("/people/" + kai + "\"");
    }

    @Test
    void recordsAUserMayNotOpenAreListedWithoutAnyPersonalDetails() {
        // Frankie Support (North) may not open a South child: the match is listed, not who it is.
        String southSurname = Fixtures.uniqueSurname("Sealsouth");
        long south = fixtures.child("Noor", southSurname, LocalDate.of(2012, 9, 14));
        fixtures.allocate(south, "Safeguarding team South");

        long before = maxLogId();
        JsonNode found = api("family").get("/api/v1/people?name=Noor%20" + southSurname).json();
        assertThat(found).anySatisfy(this::assertWithheld);
        assertThat(found.toString()).doesNotContain("Noor").doesNotContain("2012-09-14");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE id > ? AND action = 'SEARCH' AND listed @> ARRAY[CAST(? AS bigint)]")
                .params(before, south).query(Long.class).single()).as("listed, without details").isEqualTo(1);
        String page = session("family").get("/people/search?name=Noor+" + southSurname).body();
        assertThat(page).contains("A record you cannot open").doesNotContain(">Noor " + southSurname)
                .doesNotContain("14 September 2012").doesNotContain("/people/" + south + "\"");
    }

    @Test
    void theAdministratorsSearchShowsNoPersonalDetails() {
        JsonNode found = api("admin").get("/api/v1/people?name=Ada%20" + surname).json();
        assertThat(found.size()).as("Ada matches").isPositive();
        found.forEach(this::assertWithheld);
        assertThat(found.toString()).doesNotContain("Ada").doesNotContain("2013-05-07");

        String page = session("admin").get("/people/search?name=Ada+" + surname).body();
        assertThat(page).contains("A record you cannot open").doesNotContain(">Ada " + surname)
                .doesNotContain("7 May 2013").doesNotContain("/people/" + ada + "\"");
    }

    @Test
    void theDuplicateCheckSaysARecordTheUserCannotSeeMatchesAndTellsItsManagers() {
        long before = maxLogId();
        PageSession family = session("family");
        List<String> form = new ArrayList<>(List.of("child", "yes", "givenName", "Kai", "familyName", surname,
                "dateOfBirthDay", String.valueOf(kaiBorn.getDayOfMonth()), "dateOfBirthMonth",
                String.valueOf(kaiBorn.getMonthValue()), "dateOfBirthYear", String.valueOf(kaiBorn.getYear()), "gender", "1",
                "_csrf", family.get("/people/new").csrf()));

        PageSession.Page page = family.post("/people", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("A record you cannot see may be this person;")
                .contains("its managers have been told").doesNotContain("/people/" + kai + "\"")
                .doesNotContain("Restricted record").doesNotContain(">Kai " + surname);
        assertThat(peopleCalled("Kai", surname)).as("nothing was created").isEqualTo(1);

        Api.Response api = api("family").post("/api/v1/people", """
                {"child": true, "givenName": "Kai", "familyName": "%s", "dateOfBirth": "%s", "gender": "1"}"""
                .formatted(surname, kaiBorn));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("unseenMatch").asString()).contains("its managers have been told");
        assertThat(ids(api.json().get("candidates"), "id")).doesNotContain(kai);
        assertThat(api.body()).doesNotContain("Kai " + surname).doesNotContain("Restricted record");

        // The duplicate checks are searches too: logged with the record they matched and did not show.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM access_log WHERE id > ? AND action = 'SEARCH' AND username = 'family'
                          AND unseen @> ARRAY[CAST(? AS bigint)] AND path IN ('/people', '/api/v1/people')""")
                .params(before, kai).query(Long.class).single()).isEqualTo(2);

        // The named manager is told on their home page, once; no one else is.
        String managersHome = session("dutymanager").get("/").body();
        assertThat(managersHome).contains("For your attention").contains("Possible duplicate of this restricted record")
                .contains("Kai " + surname).contains("Frankie Support (family)");
        assertThat(countOccurrences(managersHome, "Possible duplicate of this restricted record")).isEqualTo(1);
        for (String user : List.of("manager", "family", "social")) {
            assertThat(session(user).get("/").body()).as(user).doesNotContain("Possible duplicate of this restricted record")
                    .doesNotContain("Kai " + surname);
        }
        JsonNode attention = api("dutymanager").get("/api/v1/work/attention").json();
        JsonNode alert = null;
        for (JsonNode a : attention) {
            if (a.get("personId").asLong() == kai) {
                alert = a;
            }
        }
        assertThat(alert).isNotNull();
        String done = alert.get("doneAction").asString();

        assertThat(api("manager").post("/api/v1" + done, "{}").status()).as("not named on the record").isEqualTo(404);
        assertThat(api("dutymanager").post("/api/v1" + done, "{}").status()).isEqualTo(200);
        assertThat(session("dutymanager").get("/").body()).doesNotContain("Possible duplicate of this restricted record");
    }

    // ------------------------------------------------------------------ every search is logged

    @Test
    void everySearchIsLoggedWithWhatItListedAndTheAdministratorSeesItOnTheRecordsLog() {
        long before = maxLogId();
        api("family").get("/api/v1/people?name=" + surname);
        session("family").get("/people/search?name=" + surname);
        session("contact").get("/contacts/new?name=" + surname);

        List<Map<String, Object>> searches = jdbc.sql("""
                        SELECT username, channel, path, search_terms, listed, unseen FROM access_log
                        WHERE id > ? AND action = 'SEARCH' AND search_terms LIKE ? AND username IN ('family', 'contact') ORDER BY id""")
                .params(before, "%" + surname + "%").query().listOfRows();
        assertThat(searches).extracting(s -> s.get("path")).containsExactly("/api/v1/people", "/people/search", "/contacts/new");
        for (Map<String, Object> s : searches) {
            assertThat(s.get("search_terms").toString()).contains("name \"" + surname + "\"");
            assertThat(array(s.get("listed"))).as("Ada was listed").contains(ada).doesNotContain(kai);
            assertThat(array(s.get("unseen"))).as("Kai matched and was not shown").contains(kai);
        }

        String adasLog = session("admin").get("/admin/access-log?personId=" + ada).body();
        assertThat(adasLog).as("the terms name who was looked for: withheld from the administrator")
                .contains("Listed by a search").doesNotContain(surname);
        String kaisLog = session("admin").get("/admin/access-log?personId=" + kai).body();
        assertThat(kaisLog).contains("Matched a search, not shown");
    }

    // ------------------------------------------------------------------ work lists and supervision

    @Test
    void theWorkListsOfAWorkerAndAManagerNotNamedKeepTheLineButNotTheChild() {
        Api.Response mine = api("family").get("/api/v1/work/mine");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain("Kai " + surname);
        assertThat(ids(mine.json().get("rows"), "personId")).doesNotContain(kai);
        assertThat(mine.json().get("rows")).anySatisfy(r -> {
            assertThat(r.get("withheld").asBoolean()).isTrue();
            assertThat(absent(r, "childName")).isTrue();
            assertThat(absent(r, "href")).isTrue();
        });
        String home = session("family").get("/").body();
        assertThat(home).contains("Due work on a record you cannot open").contains("A record you cannot open")
                .doesNotContain("Kai " + surname).doesNotContain("/people/" + kai + "\"");

        Api.Response team = api("manager").get("/api/v1/work/team");
        assertThat(team.body()).doesNotContain("Kai " + surname);
        assertThat(ids(team.json().get("rows"), "personId")).doesNotContain(kai);
        assertThat(session("manager").get("/team-work").body()).contains("</html>").doesNotContain("Kai " + surname);
        assertThat(session("manager").get("/").body()).as("the manager's caseload").contains("</html>")
                .doesNotContain("Kai " + surname);
    }

    @Test
    void supervisionOffersOnlyTheChildrenTheManagerMayOpen() {
        String form = session("manager").get("/supervision/new?workerId=" + fixtures.user("family").id()).body();
        assertThat(form).contains("</html>").doesNotContain("Kai " + surname).doesNotContain("value=\"" + kai + "\"");
    }

    // ------------------------------------------------------------------ helpers

    private void assertWithheld(JsonNode match) {
        assertThat(match.get("canOpen").asBoolean()).isFalse();
        for (String field : List.of("id", "name", "matchedName", "child", "dateOfBirth", "gender", "postcode")) {
            assertThat(absent(match, field)).as(field).isTrue();
        }
    }

    private Api api(String user) {
        return new Api(port, user);
    }

    private PageSession session(String user) {
        return sessions.computeIfAbsent(user, u -> PageSession.signedIn(port, u));
    }

    private static JsonNode entry(JsonNode entries, long eventId) {
        for (JsonNode e : entries) {
            if (e.get("eventId").asLong() == eventId) {
                return e;
            }
        }
        throw new AssertionError("No entry for event " + eventId + " in " + entries);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> {
            if (!absent(n, field)) {
                ids.add(n.get(field).asLong());
            }
        });
        return ids;
    }

    /** The API leaves out null fields. */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static List<Long> array(Object sqlArray) {
        try {
            return sqlArray == null ? List.of() : List.of((Long[]) ((java.sql.Array) sqlArray).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private long logCount(long personId, String username, String action) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = ? AND username = ? AND action = ?")
                .params(personId, username, action).query(Long.class).single();
    }

    private List<Long> unseenBySearchesSince(long logId, String username) {
        List<Long> unseen = new ArrayList<>();
        jdbc.sql("SELECT unseen FROM access_log WHERE id > ? AND action = 'SEARCH' AND username = ?").params(logId, username)
                .query(rs -> {
                    unseen.addAll(array(rs.getArray("unseen")));
                });
        return unseen;
    }

    private long maxLogId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
    }

    private long peopleCalled(String given, String family) {
        return jdbc.sql("SELECT count(*) FROM person WHERE given_name = ? AND family_name = ?").params(given, family)
                .query(Long.class).single();
    }
}
