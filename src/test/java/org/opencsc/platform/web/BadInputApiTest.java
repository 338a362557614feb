package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Each kind of bad input the fuzzer found on main, as the API answers it now: a 400 naming the JSON field, nothing written. */
@IntegrationTest
class BadInputApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventLog events;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    Clock clock;

    private Fixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(people, users, jdbc);
        today = LocalDate.now(clock);
    }

    private long northChild(String stem) {
        long child = fixtures.child("Ada", Fixtures.uniqueSurname(stem), today.minusYears(7));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void aFractionalIdIsRefusedNotTruncatedToAnotherRecord() {
        ProtectionJourney.Referred referred = journey.referredAndAllocated(today.minusDays(20));
        ChildProtectionPlan plan = journey.onAPlan(referred, today.minusDays(15), today.minusDays(10), "chair");
        Api.Response r = new Api(port, "chair").post("/api/v1/conferences/review", """
                {"planId": %d.5, "heldOn": "%s", "chair": "Casey Chair", "attendees": "Mum, police", "childViews": "Calmer",
                 "decision": "CONTINUE_PLAN", "category": "NEG", "reasons": "Some progress"}""".formatted(plan.id(), today));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("planId");
        assertThat(r.json().path("detail").asString()).isEqualTo("planId must be a whole number");
        assertThat(jdbc.sql("SELECT count(*) FROM cp_conference WHERE kind = 'REVIEW' AND plan_id = ?").params(plan.id())
                .query(Long.class).single()).isZero();

        long child = northChild("Fraction");
        long sibling = northChild("Fractionsib");
        Api.Response shared = new Api(port, "social").post("/api/v1/children/" + child + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Home visit", "text": "Seen", "alsoFor": [%d.5]}"""
                .formatted(today.atStartOfDay(clock.getZone()).toInstant(), sibling));
        assertThat(shared.status()).as(shared.body()).isEqualTo(400);
        assertThat(fields(shared)).containsExactly("alsoFor[0]");
        assertThat(events.chronology(List.of(sibling), ChronologyFilter.latest(10)))
                .noneMatch(e -> e.type() == EventType.CASE_NOTE);
    }

    @Test
    void aNullInAListIsAFieldErrorNotAFailure() {
        long child = northChild("Nullneed");
        Api social = new Api(port, "social");
        Api.Response started = social.post("/api/v1/people/" + child + "/child-plans", "{\"kind\": \"CIN\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long plan = started.json().at("/plan/id").asLong();
        Api.Response r = social.put("/api/v1/child-plans/" + plan + "/content", "{\"version\": 0, \"needs\": [null]}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("needs[0]");
    }

    @Test
    void aDateOutside1900To2100IsRefusedWhereverItIsRead() {
        Api contact = new Api(port, "contact");
        for (String date : List.of("-0001-06-01", "0000-06-01", "99999-06-01", "+99999-06-01", "1899-12-31")) {
            Api.Response r = contact.post("/api/v1/people", """
                    {"child": true, "givenName": "Bo", "familyName": "%s", "dateOfBirth": "%s", "gender": "1"}"""
                    .formatted(Fixtures.uniqueSurname("Year"), date));
            assertThat(r.status()).as(date).isEqualTo(400);
            assertThat(fields(r)).as(date).containsExactly("dateOfBirth");
        }
        // A date Jackson reads itself (a plan action's), and an instant.
        long child = northChild("Yearplan");
        Api social = new Api(port, "social");
        long plan = social.post("/api/v1/people/" + child + "/child-plans", "{\"kind\": \"CIN\"}").json().at("/plan/id").asLong();
        Api.Response action = social.put("/api/v1/child-plans/" + plan + "/content", """
                {"version": 0, "needs": [{"id": "n1", "text": "School", "outcomes": [], "actions": [{"id": "a1",
                 "what": "Meet the school", "dueOn": "0000-01-01"}]}]}""");
        assertThat(action.status()).as(action.body()).isEqualTo(400);
        assertThat(fields(action)).containsExactly("needs[0].actions[0].dueOn");
        Api.Response note = social.post("/api/v1/children/" + child + "/case-notes",
                "{\"type\": \"VISIT\", \"occurredAt\": \"-0001-03-01T10:00:00Z\", \"summary\": \"Visit\"}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(fields(note)).containsExactly("occurredAt");
    }

    @Test
    void aWrongTypeNamesTheFieldAsTheJsonSpellsIt() {
        Api contact = new Api(port, "contact");
        Api.Response flag = contact.post("/api/v1/people", "{\"child\": \"yes\"}");
        assertThat(flag.status()).isEqualTo(400);
        assertThat(fields(flag)).containsExactly("child");
        assertThat(flag.json().path("detail").asString()).isEqualTo("child must be true or false");

        Api.Response nested = contact.post("/api/v1/people", "{\"child\": true, \"address\": {\"postcode\": 12}}");
        assertThat(fields(nested)).containsExactly("address.postcode");
        assertThat(fields(contact.post("/api/v1/people", "{\"givenName\": 5}"))).containsExactly("givenName");
        assertThat(fields(contact.post("/api/v1/people", "{\"formerNames\": {}}"))).containsExactly("formerNames");
        assertThat(fields(contact.post("/api/v1/people", "[]"))).containsExactly("body");
        Api.Response twice = contact.post("/api/v1/people", "{\"child\": true, \"child\": false}");
        assertThat(fields(twice)).containsExactly("child");
        assertThat(twice.json().path("detail").asString()).isEqualTo("child is given twice: send it once");
        assertThat(fields(contact.post("/api/v1/people", "{\"child\": tru"))).isNotEmpty();
    }

    @Test
    void whatTheSharedRulesFindIsNamedAsTheJsonFieldNotThePageField() {
        long child = northChild("Names");
        Api.Response note = new Api(port, "social").post("/api/v1/children/" + child + "/case-notes", "{\"summary\": \"x\", \"text\": \"y\"}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(fields(note)).containsExactlyInAnyOrder("type", "occurredAt");

        Api.Response person = new Api(port, "contact").post("/api/v1/people", """
                {"child": true, "givenName": "Bo", "familyName": "%s", "dateOfBirth": "%s", "gender": "1",
                 "address": {"line1": "%s", "since": "%s"}}""".formatted(Fixtures.uniqueSurname("Addr"), today.minusYears(5),
                "x".repeat(300), today.plusDays(3)));
        assertThat(fields(person)).containsExactlyInAnyOrder("address.line1", "address.postcode", "address.since");
    }

    @Test
    void controlCharactersAreRefusedInEveryStringAndParameter() {
        long child = northChild("Nul");
        Api social = new Api(port, "social");
        Api.Response body = social.post("/api/v1/children/" + child + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Home\\u0000visit", "text": "Seen"}"""
                .formatted(today.atStartOfDay(clock.getZone()).toInstant()));
        assertThat(body.status()).isEqualTo(400);
        assertThat(fields(body)).containsExactly("summary");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10)))
                .noneMatch(e -> e.type() == EventType.CASE_NOTE);

        Api.Response query = social.get("/api/v1/people?nhsNumber=%00");
        assertThat(query.status()).isEqualTo(400);
        assertThat(fields(query)).containsExactly("nhsNumber");

        Api.Response surrogate = new Api(port, "contact").post("/api/v1/people", """
                {"child": true, "givenName": "Zed\\ud800", "familyName": "%s", "dateOfBirth": "%s", "gender": "1",
                 "confirmNotDuplicate": true}""".formatted(Fixtures.uniqueSurname("Half"), today.minusYears(5)));
        assertThat(surrogate.status()).as("half a surrogate pair was stored as ‘?’").isEqualTo(400);
        assertThat(fields(surrogate)).containsExactly("givenName");

        Api.Response tab = social.post("/api/v1/children/" + child + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Home visit", "text": "Seen:\\tyes\\r\\nFine"}"""
                .formatted(today.atStartOfDay(clock.getZone()).toInstant()));
        assertThat(tab.status()).as("tab and line breaks are text").isEqualTo(201);
    }

    @Test
    void percentAndUnderscoreInTheChronologyWordFilterAreLettersNotWildcards() {
        long child = northChild("Wild");
        Api social = new Api(port, "social");
        for (String summary : List.of("School attendance up to 50% this term", "Visit to grandma", "Note about file_name")) {
            assertThat(social.post("/api/v1/children/" + child + "/case-notes", """
                    {"type": "VISIT", "occurredAt": "%s", "summary": "%s", "text": "Details"}"""
                    .formatted(today.atStartOfDay(clock.getZone()).toInstant(), summary)).status()).isEqualTo(201);
        }
        assertThat(summaries(social.get("/api/v1/children/" + child + "/chronology?q=%25")))
                .containsExactly("School attendance up to 50% this term");
        assertThat(summaries(social.get("/api/v1/children/" + child + "/chronology?q=_"))).containsExactly("Note about file_name");
        assertThat(summaries(social.get("/api/v1/children/" + child + "/chronology?q=50_"))).isEmpty();
    }

    private static List<String> summaries(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> summaries = new ArrayList<>();
        for (JsonNode e : r.json()) {
            summaries.add(e.path("summary").asString());
        }
        return summaries;
    }

    @Test
    void aLongSearchIsAFieldMessageAndAnAddressTooLongForTomcatIsStillProblemJson() {
        Api social = new Api(port, "social");
        Api.Response search = social.get("/api/v1/people?name=" + "a".repeat(10_000));
        assertThat(search.status()).isEqualTo(400);
        assertThat(fields(search)).containsExactly("name");

        Api.Response tooLong = social.get("/api/v1/people?name=" + "a".repeat(70_000));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(fields(tooLong)).containsExactly("path");
        assertThat(tooLong.body()).doesNotContain("Tomcat").doesNotContain("<html");

        Api.Response nul = social.get("/api/v1/people/%00");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyRefusalWithoutAControllerIsProblemJsonToo() {
        Api social = new Api(port, "social");
        Api.Response unknown = social.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Api.Response path = social.get("/api/v1/people/abc");
        assertThat(path.status()).isEqualTo(400);
        assertThat(fields(path)).containsExactly("id");
        Api.Response limit = social.get("/api/v1/people?name=Ada&limit=1.5");
        assertThat(fields(limit)).containsExactly("limit");

        Api.Response missing = social.get("/api/v1/calendar/working-days");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("from");

        Api.Response method = social.send("DELETE", "/api/v1/people/1", null, null);
        assertThat(method.status()).isEqualTo(405);
        assertThat(fields(method)).containsExactly("method");
        Api.Response type = social.send("POST", "/api/v1/people", "text/plain", "{}");
        assertThat(type.status()).isEqualTo(415);
        assertThat(fields(type)).containsExactly("Content-Type");

        Api.Response huge = social.post("/api/v1/people", "{\"givenName\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(fields(huge)).containsExactly("body");
    }
}
