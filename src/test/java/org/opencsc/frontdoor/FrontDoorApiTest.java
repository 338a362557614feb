package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.PersonService;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The front door over /api/v1 with real HTTP: the whole flow, bad input, stale versions and roles. */
@IntegrationTest
class FrontDoorApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    long amy;
    long ben;
    /** Every response in the test, so that none may be a server error. */
    final List<String> serverErrors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        String family = FrontDoorFixtures.surname("Api");
        amy = fx.child("Amy", family);
        ben = fx.siblingOf(amy, "Ben", family);
    }

    @AfterEach
    void noServerErrors() {
        assertThat(serverErrors).as("responses with a 5xx status").isEmpty();
    }

    @Test
    void onlyManagersReadTheReferralsAwaitingAllocationOverTheApiAsOnThePage() {
        for (String user : List.of("contact", "duty", "social", "family", "chair", "auditor", "inspector")) {
            Api.Response refused = get(user, "/api/v1/referrals");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).as(user).contains("application/problem+json");
            assertThat(refused.body()).as(user).doesNotContain("personId");
            assertThat(PageSession.signedIn(port, user).get("/referrals/allocation").status()).as(user + " on the page").isEqualTo(403);
        }
        for (String user : List.of("manager", "dutymanager")) {
            assertThat(get(user, "/api/v1/referrals").status()).as(user).isEqualTo(200);
        }
    }

    private Api.Response get(String user, String path) {
        return watch("GET " + path, new Api(port, user).get(path));
    }

    /** A sign-off agreeing with the decision, with the rationale every sign-off carries. */
    private static String agreed(int version) {
        return "{\"version\": %d, \"rationale\": \"Threshold met on the checks\", \"agree\": true}".formatted(version);
    }

    private Api.Response post(String user, String path, String json) {
        return watch("POST " + path, new Api(port, user).post(path, json));
    }

    private Api.Response watch(String what, Api.Response r) {
        if (r.status() >= 500) {
            serverErrors.add(what + " -> " + r.status() + " " + r.body());
        }
        return r;
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asString()).isNotBlank();
    }

    private String contactJson(Instant received, long... children) {
        StringBuilder ids = new StringBuilder();
        for (long c : children) {
            ids.append(ids.isEmpty() ? "" : ",").append(c);
        }
        return """
                {"receivedAt": "%s", "sourceCode": "2A", "contactorName": "Mrs Khan", "contactorAgency": "St Mary's Primary",
                 "reported": "Amy came to school with a bruise on her cheek and said she was scared to go home.",
                 "urgency": "SAME_DAY", "consent": "GIVEN", "consentScope": "Mum agreed: school, GP and health visitor",
                 "childIds": [%s]}
                """.formatted(received, ids);
    }

    private long newContact(long... children) {
        Api.Response r = post("contact", "/api/v1/contacts", contactJson(clock.instant().minus(1, ChronoUnit.HOURS), children));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The item whose field has the value; a withheld line (a restricted record another test made) has no ids. */
    private static JsonNode find(JsonNode array, String field, long value) {
        return array.valueStream().filter(n -> n.has(field) && n.get(field).asLong() == value).findFirst().orElse(null);
    }

    private JsonNode caseload(String manager, CurrentUser worker) {
        Api.Response r = get(manager, "/api/v1/workers/caseloads");
        assertThat(r.status()).isEqualTo(200);
        JsonNode row = find(r.json(), "workerId", worker.id());
        assertThat(row).as("caseload row for " + worker.username()).isNotNull();
        return row;
    }

    // ------------------------------------------------------------------ the whole flow

    @Test
    void fromContactToAllocationOverTheApi() {
        Instant received = clock.instant().minus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = post("contact", "/api/v1/contacts", contactJson(received, amy, ben));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        long id = c.get("id").asLong();
        assertThat(c.get("status").asString()).isEqualTo("AWAITING_DECISION");
        assertThat(c.get("version").asInt()).isZero();
        assertThat(Instant.parse(c.get("receivedAt").asString())).isEqualTo(received);
        // A school asking for an answer today (SAME_DAY): due the day it came in.
        assertThat(c.get("decisionDueOn").asString()).isEqualTo(received.atZone(LONDON).toLocalDate().toString());
        assertThat(c.get("source").asString()).isEqualTo("SCHOOLS");
        assertThat(c.get("consentScope").asString()).isEqualTo("Mum agreed: school, GP and health visitor");
        assertThat(c.get("children").valueStream().map(ch -> ch.get("personId").asLong()).toList())
                .containsExactlyInAnyOrder(amy, ben);

        // The duty queue shows it to the front door, not to a locality worker or the administrator.
        assertThat(find(get("duty", "/api/v1/contacts").json(), "id", id)).isNotNull();
        assertThat(find(get("social", "/api/v1/contacts").json(), "id", id)).isNull();
        assertThat(find(get("admin", "/api/v1/contacts").json(), "id", id)).isNull();
        assertThat(get("duty", "/api/v1/contacts/" + id).json().get("id").asLong()).isEqualTo(id);

        Api.Response checked = post("duty", "/api/v1/contacts/" + id + "/checks",
                """
                {"version": 0, "agency": "HEALTH", "outcome": "Health visitor: missed two appointments"}""");
        assertThat(checked.status()).as(checked.body()).isEqualTo(201);
        assertThat(checked.json().get("version").asInt()).isOne();
        assertThat(checked.json().get("checks").get(0).get("agency").asString()).isEqualTo("HEALTH");
        assertThat(checked.json().get("checks").get(0).get("recordedBy").asString()).isEqualTo(fx.user("duty").displayName());

        Api.Response decided = post("duty", "/api/v1/contacts/" + id + "/decision",
                """
                {"version": 1, "outcome": "REFERRAL", "reason": "Injury with a worrying explanation", "primaryNeed": "N1"}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().get("status").asString()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(decided.json().get("decision").get("decidedBy").asString()).isEqualTo(fx.user("duty").displayName());
        assertThat(decided.json().get("decision").has("signedOffBy")).isFalse();

        JsonNode waiting = get("manager", "/api/v1/referrals").json();
        assertThat(find(waiting, "personId", amy)).as("no referral before sign-off").isNull();

        Api.Response signed = post("dutymanager", "/api/v1/contacts/" + id + "/sign-off", agreed(2));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(signed.json().get("decision").get("signedOffBy").asString()).isEqualTo(fx.user("dutymanager").displayName());

        JsonNode referrals = get("manager", "/api/v1/referrals").json();
        JsonNode amys = find(referrals, "personId", amy);
        JsonNode bens = find(referrals, "personId", ben);
        assertThat(amys).isNotNull();
        assertThat(bens).isNotNull();
        assertThat(amys.get("contactId").asLong()).isEqualTo(id);
        assertThat(amys.get("reReferral").asBoolean()).isFalse();
        assertThat(amys.get("primaryNeed").asString()).isEqualTo("N1");
        assertThat(amys.get("referralDate").asString()).isEqualTo(received.atZone(LONDON).toLocalDate().toString());

        CurrentUser social = fx.user("social");
        long team = social.teamIds().iterator().next();
        int before = caseload("manager", social).get("children").asInt();
        assertThat(caseload("manager", social).get("teamId").asLong()).isEqualTo(team);

        Api.Response allocated = post("manager", "/api/v1/referrals/" + amys.get("id").asLong() + "/allocation",
                "{\"version\": %d, \"workerId\": %d, \"teamId\": %d}".formatted(amys.get("version").asInt(), social.id(), team));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        assertThat(allocated.json().get("workerName").asString()).isEqualTo(social.displayName());
        JsonNode benAfter = get("manager", "/api/v1/referrals/" + bens.get("id").asLong()).json();
        assertThat(benAfter.get("workerId").asLong()).as("the sibling goes to the same worker").isEqualTo(social.id());
        assertThat(benAfter.get("teamId").asLong()).isEqualTo(team);
        assertThat(caseload("manager", social).get("children").asInt()).isEqualTo(before + 2);

        JsonNode stillWaiting = get("manager", "/api/v1/referrals").json();
        assertThat(find(stillWaiting, "personId", amy)).isNull();
        assertThat(find(stillWaiting, "personId", ben)).isNull();

        // The chronology tells the story for each child.
        for (long child : List.of(amy, ben)) {
            List<String> types = get("duty", "/api/v1/children/" + child + "/chronology").json().valueStream()
                    .map(e -> e.get("type").asString()).toList();
            assertThat(types).contains("CONTACT_RECEIVED", "AGENCY_CHECK", "CONTACT_DECISION", "REFERRAL", "ALLOCATED");
        }
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void badContactsAre400ProblemsNamingTheFields() {
        Api.Response wrongValues = post("contact", "/api/v1/contacts", """
                {"receivedAt": "yesterday", "sourceCode": "ZZ", "urgency": "SOON", "consent": "MAYBE",
                 "reported": "x", "childIds": [%d]}""".formatted(amy));
        assertThat(fields(wrongValues)).containsExactlyInAnyOrder("receivedAt", "sourceCode", "urgency", "consent");
        assertThat(wrongValues.json().get("errors").get(0).get("message").asString()).isNotBlank();

        Api.Response malformedDate = post("contact", "/api/v1/contacts",
                contactJson(clock.instant(), amy).replaceFirst("\"receivedAt\": \"[^\"]*\"", "\"receivedAt\": \"2026-13-45T25:00:00Z\""));
        assertThat(fields(malformedDate)).containsExactly("receivedAt");

        // Fields left out are named as the API names them.
        Api.Response missing = post("contact", "/api/v1/contacts", "{\"childIds\": [%d]}".formatted(amy));
        assertThat(fields(missing)).contains("receivedAt", "sourceCode", "reported", "urgency", "consent");

        Api.Response noChildren = post("contact", "/api/v1/contacts", contactJson(clock.instant().minusSeconds(60)));
        assertThat(fields(noChildren)).containsExactly("childIds");

        Api.Response unknownChild = post("contact", "/api/v1/contacts", contactJson(clock.instant().minusSeconds(60), amy, 987654321L));
        assertThat(fields(unknownChild)).containsExactly("childIds");

        Api.Response nullChild = post("contact", "/api/v1/contacts",
                contactJson(clock.instant().minusSeconds(60), amy).replace("\"childIds\": [" + amy + "]", "\"childIds\": [null]"));
        assertThat(nullChild.status()).as(nullChild.body()).isEqualTo(400);

        for (String body : List.of("", "not json", "[]", "{\"childIds\": [\"abc\"]}", "{\"childIds\": 5, \"outOfHours\": \"maybe\"}")) {
            Api.Response r = post("contact", "/api/v1/contacts", body);
            assertProblem(r, 400);
        }
        String valid = contactJson(clock.instant().minusSeconds(60), amy);
        for (String receivedAt : List.of("-5000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "+20000-01-01T00:00:00Z")) {
            Api.Response r = post("contact", "/api/v1/contacts",
                    valid.replaceFirst("\"receivedAt\": \"[^\"]*\"", "\"receivedAt\": \"" + receivedAt + "\""));
            assertThat(fields(r)).as(receivedAt).containsExactly("receivedAt");
        }
        assertThat(fields(post("contact", "/api/v1/contacts", valid.replace("\"Mrs Khan\"", "\"" + "K".repeat(201) + "\""))))
                .containsExactly("contactorName");
        assertProblem(post("contact", "/api/v1/contacts",
                valid.replace("\"childIds\": [" + amy + "]", "\"childIds\": [99999999999999999999]")), 400);
        assertThat(fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", amy)).isZero();
    }

    @Test
    void changesWithoutAVersionOrWithUnknownCodesAre400() {
        long id = newContact(amy);
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/checks", "{\"agency\": \"POLICE\", \"outcome\": \"Known\"}")))
                .containsExactly("version");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/checks", "{\"version\": 0, \"agency\": \"MI5\", \"outcome\": \"x\"}")))
                .containsExactly("agency");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/checks", "{\"version\": 0, \"agency\": \"POLICE\"}")))
                .containsExactly("outcome");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/decision", "{\"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}")))
                .containsExactly("version");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"MAYBE\", \"reason\": \"r\", \"primaryNeed\": \"N99\"}")))
                .containsExactlyInAnyOrder("outcome", "primaryNeed");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/decision", "{\"version\": 0, \"outcome\": \"REFERRAL\"}")))
                .containsExactlyInAnyOrder("reason", "primaryNeed");
        assertThat(fields(post("duty", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"EARLY_HELP\", \"reason\": \"Below threshold\"}")))
                .containsExactly("earlyHelpService");
        assertThat(fields(post("dutymanager", "/api/v1/contacts/" + id + "/sign-off", "{}"))).containsExactly("version");
        assertProblem(post("duty", "/api/v1/contacts/" + id + "/decision", "{\"version\": \"one\"}"), 400);

        fx.referredBy(clock.instant().minusSeconds(600), PrimaryNeed.N1, ben);
        long referral = fx.count("SELECT id FROM referral WHERE person_id = ?", ben);
        CurrentUser social = fx.user("social");
        long team = social.teamIds().iterator().next();
        assertThat(fields(post("manager", "/api/v1/referrals/" + referral + "/allocation",
                "{\"workerId\": %d, \"teamId\": %d}".formatted(social.id(), team)))).containsExactly("version");
        assertThat(fields(post("manager", "/api/v1/referrals/" + referral + "/allocation", "{\"version\": 0}")))
                .containsExactly("workerId");
        CurrentUser south = fx.user("social2");
        assertThat(fields(post("manager", "/api/v1/referrals/" + referral + "/allocation",
                "{\"version\": 0, \"workerId\": %d, \"teamId\": %d}".formatted(south.id(), south.teamIds().iterator().next()))))
                .containsExactly("workerId");
        assertProblem(post("manager", "/api/v1/referrals/" + referral + "/allocation", "{\"version\": 0, \"workerId\": \"Sam\"}"), 400);

        assertThat(fx.contact(id).version()).isZero();
        assertThat(fx.contact(id).checks()).isEmpty();
        assertThat(fx.contact(id).decision()).isNull();
        assertThat(fx.count("SELECT count(*) FROM referral WHERE id = ? AND worker_id IS NULL", referral)).isOne();
    }

    // ------------------------------------------------------------------ conflicts and roles

    @Test
    void staleVersionsAre409Problems() {
        long id = newContact(amy, ben);
        assertThat(post("duty", "/api/v1/contacts/" + id + "/checks",
                "{\"version\": 0, \"agency\": \"POLICE\", \"outcome\": \"Known to police\"}").status()).isEqualTo(201);

        assertProblem(post("contact", "/api/v1/contacts/" + id + "/checks",
                "{\"version\": 0, \"agency\": \"EDUCATION\", \"outcome\": \"Attendance 80%\"}"), 409);
        assertProblem(post("duty", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"REFERRAL\", \"reason\": \"r\", \"primaryNeed\": \"N1\"}"), 409);
        assertThat(fx.contact(id).checks()).hasSize(1);
        assertThat(fx.contact(id).decision()).isNull();

        assertThat(post("duty", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 1, \"outcome\": \"REFERRAL\", \"reason\": \"Threshold met\", \"primaryNeed\": \"N1\"}").status())
                .isEqualTo(201);
        // Deciding again, even with the right version, is a conflict: one decision per contact.
        assertProblem(post("dutymanager", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 2, \"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}"), 409);
        assertProblem(post("dutymanager", "/api/v1/contacts/" + id + "/sign-off", agreed(1)), 409);
        assertThat(fx.contact(id).decision().signedOff()).isFalse();

        assertThat(post("dutymanager", "/api/v1/contacts/" + id + "/sign-off", agreed(2)).status()).isEqualTo(200);
        assertProblem(post("dutymanager", "/api/v1/contacts/" + id + "/sign-off", agreed(3)), 409);

        long referral = fx.count("SELECT id FROM referral WHERE person_id = ?", amy);
        CurrentUser social = fx.user("social");
        assertProblem(post("manager", "/api/v1/referrals/" + referral + "/allocation",
                "{\"version\": 5, \"workerId\": %d, \"teamId\": %d}".formatted(social.id(), social.teamIds().iterator().next())), 409);
        assertThat(fx.count("SELECT count(*) FROM referral WHERE contact_id = ? AND worker_id IS NULL", id)).isEqualTo(2);
    }

    @Test
    void theWrongRoleGets403() {
        long id = newContact(amy);
        assertProblem(post("admin", "/api/v1/contacts", contactJson(clock.instant().minusSeconds(60), amy)), 403);
        assertProblem(post("inspector", "/api/v1/contacts", contactJson(clock.instant().minusSeconds(60), amy)), 403);
        // A locality social worker neither sees an unallocated child's contact nor decides.
        assertProblem(get("social", "/api/v1/contacts/" + id), 403);
        assertProblem(post("social", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}"), 403);
        assertProblem(post("contact", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}"), 403);
        assertProblem(post("social", "/api/v1/contacts/" + id + "/checks",
                "{\"version\": 0, \"agency\": \"POLICE\", \"outcome\": \"x\"}"), 403);

        assertThat(post("duty", "/api/v1/contacts/" + id + "/decision",
                "{\"version\": 0, \"outcome\": \"REFERRAL\", \"reason\": \"Threshold met\", \"primaryNeed\": \"N1\"}").status())
                .isEqualTo(201);
        assertProblem(post("duty", "/api/v1/contacts/" + id + "/sign-off", "{\"version\": 1}"), 403);
        assertProblem(post("contact", "/api/v1/contacts/" + id + "/sign-off", "{\"version\": 1}"), 403);
        assertThat(post("manager", "/api/v1/contacts/" + id + "/sign-off", agreed(1)).status()).isEqualTo(200);

        long referral = fx.count("SELECT id FROM referral WHERE person_id = ?", amy);
        CurrentUser social = fx.user("social");
        String allocation = "{\"version\": 0, \"workerId\": %d, \"teamId\": %d}".formatted(social.id(), social.teamIds().iterator().next());
        for (String user : List.of("duty", "contact", "social", "auditor")) {
            assertProblem(post(user, "/api/v1/referrals/" + referral + "/allocation", allocation), 403);
        }
        assertThat(fx.count("SELECT count(*) FROM referral WHERE id = ? AND worker_id IS NULL", referral)).isOne();

        assertProblem(get(null, "/api/v1/contacts"), 401);
        assertThat(new Api(port, null).post("/api/v1/contacts/" + id + "/decision", "{}").status()).isEqualTo(401);
    }

    @Test
    void nonNumericAndUnknownIdsAreNeverServerErrors() {
        for (String bad : List.of("abc", "1.5", "99999999999999999999", "%20")) {
            assertProblem(get("duty", "/api/v1/contacts/" + bad), 400);
            assertProblem(post("duty", "/api/v1/contacts/" + bad + "/checks", "{\"version\": 0, \"agency\": \"POLICE\", \"outcome\": \"x\"}"), 400);
            assertProblem(post("duty", "/api/v1/contacts/" + bad + "/decision", "{\"version\": 0, \"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}"), 400);
            assertProblem(post("dutymanager", "/api/v1/contacts/" + bad + "/sign-off", "{\"version\": 0}"), 400);
            assertProblem(get("manager", "/api/v1/referrals/" + bad), 400);
            assertProblem(post("manager", "/api/v1/referrals/" + bad + "/allocation", "{\"version\": 0, \"workerId\": 1, \"teamId\": 1}"), 400);
            assertProblem(get("duty", "/api/v1/children/" + bad + "/chronology"), 400);
        }
        long unknown = fx.count("SELECT coalesce(max(id), 0) + 100000 FROM contact");
        long unknownReferral = fx.count("SELECT coalesce(max(id), 0) + 100000 FROM referral");
        assertProblem(get("duty", "/api/v1/contacts/" + unknown), 404);
        assertProblem(post("duty", "/api/v1/contacts/" + unknown + "/checks", "{\"version\": 0, \"agency\": \"POLICE\", \"outcome\": \"x\"}"), 404);
        assertProblem(post("duty", "/api/v1/contacts/" + unknown + "/decision", "{\"version\": 0, \"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"r\"}"), 404);
        assertProblem(post("dutymanager", "/api/v1/contacts/" + unknown + "/sign-off", "{\"version\": 0}"), 404);
        assertProblem(get("manager", "/api/v1/referrals/" + unknownReferral), 404);
        assertProblem(post("manager", "/api/v1/referrals/" + unknownReferral + "/allocation", "{\"version\": 0, \"workerId\": 1, \"teamId\": 1}"), 404);
    }
}
