package org.opencsc.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A visit says which of each child's plan outcomes it worked towards: only that child's, kept with the text of the day. */
@IntegrationTest
class VisitOutcomeTest {

    /** Today by the application's clock, read before each test. */
    LocalDate today;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;
    Fixtures fixtures;

    long kai;
    long mia;

    @BeforeEach
    void kaiHasAPlanWithTwoOutcomesAndMiaHasNone() {
        today = clock.today();
        fixtures = new Fixtures(personService, users, jdbc);
        kai = journey.referredAndAllocated(today.minusDays(90)).child();
        mia = fixtures.child("Mia", Fixtures.uniqueSurname("Sibling"), LocalDate.of(2018, 5, 5));
        fixtures.link(mia, kai, RelationshipType.SIBLING);
        Api social = new Api(port, "social");
        Api.Response started = social.post("/api/v1/people/" + kai + "/child-plans",
                "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(60) + "\"}");
        String base = "/api/v1/child-plans/" + started.json().path("plan").path("id").asLong();
        int version = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();
        assertThat(social.put(base + "/content", """
                {"version": %d, "childView": "I want to see my friends", "contingency": "Legal planning meeting",
                 "needs": [{"id": "n1", "text": "Kai needs to be in school",
                   "outcomes": [{"id": "o1", "text": "Kai gets to school on time", "zeroMeans": "Never", "tenMeans": "Every day", "baseline": 3},
                                {"id": "o2", "text": "Kai sleeps in his own bed", "zeroMeans": "Never", "tenMeans": "Every night", "baseline": 2}],
                   "actions": [{"id": "a1", "outcomeId": "o1", "what": "Walk Kai to school", "owner": "Mum", "dueOn": "%s"},
                               {"id": "a2", "outcomeId": "o2", "what": "Buy a bed", "owner": "Sam Social", "dueOn": "%s"}]}]}"""
                .formatted(version, today.plusDays(14), today.plusDays(14))).status()).isEqualTo(200);
        assertThat(social.post(base + "/finalise", "{\"version\": " + social.get(base + "/content").json().path("plan").path("draftVersion").asInt() + "}").status()).isEqualTo(201);
    }

    private String visit(String kaiOutcomes, String miaOutcomes) {
        return """
                {"visitedOn": "%s", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY", "place": "HOME",
                 "children": [{"personId": %d, "seen": true, "seenAlone": true, "outcomeIds": [%s]},
                              {"personId": %d, "seen": true, "seenAlone": false, "outcomeIds": [%s]}]}"""
                .formatted(today.minusDays(1), kai, kaiOutcomes, mia, miaOutcomes);
    }

    @Test
    void theApiKeepsTheOutcomesTickedForEachChildAndRefusesOutcomesNotInTheirPlan() {
        Api social = new Api(port, "social");
        Api.Response notKais = social.post("/api/v1/visits", visit("\"o1\", \"o9\"", ""));
        assertThat(notKais.status()).isEqualTo(400);
        assertThat(notKais.json().path("errors").get(0).path("field").asString()).isEqualTo("children[0].outcomeIds");
        assertThat(notKais.body()).contains("‘o9’ is not an outcome of");
        Api.Response notMias = social.post("/api/v1/visits", visit("", "\"o1\""));
        assertThat(notMias.status()).as("Kai's outcome is not Mia's").isEqualTo(400);
        assertThat(notMias.json().path("errors").get(0).path("field").asString()).isEqualTo("children[1].outcomeIds");
        assertThat(jdbc.sql("SELECT count(*) FROM visit_child WHERE person_id = ?").params(kai).query(Long.class).single()).isZero();

        Api.Response created = social.post("/api/v1/visits", visit("\"o2\", \"o1\"", ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode children = created.json().path("children");
        JsonNode kaisPart = children.get(0).path("personId").asLong() == kai ? children.get(0) : children.get(1);
        JsonNode miasPart = children.get(0).path("personId").asLong() == kai ? children.get(1) : children.get(0);
        assertThat(kaisPart.path("outcomes").valueStream().map(o -> o.path("outcomeId").asString()).toList())
                .as("in the plan's order").containsExactly("o1", "o2");
        assertThat(kaisPart.path("outcomes").get(0).path("text").asString()).isEqualTo("Kai gets to school on time");
        assertThat(miasPart.path("outcomes").size()).isZero();

        JsonNode listed = social.get("/api/v1/people/" + kai + "/visits").json().path("visits").get(0);
        assertThat(listed.path("children").get(0).path("outcomes").size()).isEqualTo(2);
        assertThat(events.chronology(List.of(kai), ChronologyFilter.latest(50))).filteredOn(e -> e.type() == EventType.CHILD_VISIT)
                .first().satisfies(e -> assertThat(e.detail())
                        .contains("Worked towards the plan’s outcomes: Kai gets to school on time; Kai sleeps in his own bed"));
    }

    @Test
    void theFormOffersTheChildsOutcomesAndKeepsTheTicksWhenRefused() {
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page blank = social.get("/visits/new?childId=" + kai);
        assertThat(blank.body()).contains("name=\"child-" + kai + "-outcomes\"").contains("Kai gets to school on time")
                .as("Mia has no plan, so no outcomes to tick").doesNotContain("name=\"child-" + mia + "-outcomes\"");
        assertThat(blank.isChecked("child-" + kai + "-outcomes", "o1")).isFalse();

        List<String> form = new ArrayList<>(List.of("_csrf", blank.csrf(), "visitedOnDay", "1", "visitedOnMonth", "1",
                "visitedOnYear", String.valueOf(today.getYear() + 1), "visitor", "Sam Social", "visitorRole", "SOCIAL_WORKER",
                "visitType", "STATUTORY", "place", "HOME", "child-" + kai + "-include", "yes", "child-" + kai + "-seen", "yes",
                "child-" + kai + "-seenAlone", "yes", "child-" + kai + "-outcomes", "o2"));
        PageSession.Page refused = social.post("/visits?childId=" + kai, form);
        assertThat(refused.body()).contains("A visit is recorded after it happens");
        assertThat(refused.isChecked("child-" + kai + "-outcomes", "o2")).isTrue();
        assertThat(refused.isChecked("child-" + kai + "-outcomes", "o1")).isFalse();

        form.set(form.indexOf("visitedOnYear") + 1, String.valueOf(today.getYear() - 1));
        form.set(form.indexOf("_csrf") + 1, refused.csrf());
        PageSession.Page saved = social.post("/visits?childId=" + kai, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String view = social.get(saved.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(view).contains("Worked towards these outcomes of the plan").contains("Kai sleeps in his own bed")
                .doesNotContain("Kai gets to school on time");
    }
}
