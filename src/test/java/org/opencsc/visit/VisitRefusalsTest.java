package org.opencsc.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * A visit is refused rather than saved without part of what was written: answers typed for a
 * sibling who was not ticked as visited, or a visit dated before a child was born.
 */
@IntegrationTest
class VisitRefusalsTest {

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
    @LocalServerPort
    int port;

    Fixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(personService, users, jdbc);
        today = clock.today();
    }

    private long visitsOf(long child) {
        return jdbc.sql("SELECT count(*) FROM visit_child WHERE person_id = ?").params(child).query(Long.class).single();
    }

    private static List<String> visit(long kai, LocalDate on, String csrf) {
        return new ArrayList<>(List.of("_csrf", csrf, "visitedOnDay", String.valueOf(on.getDayOfMonth()),
                "visitedOnMonth", String.valueOf(on.getMonthValue()), "visitedOnYear", String.valueOf(on.getYear()),
                "visitor", "Sam Social", "visitorRole", "SOCIAL_WORKER", "visitType", "STATUTORY", "place", "HOME",
                "child-" + kai + "-include", "yes", "child-" + kai + "-seen", "yes", "child-" + kai + "-seenAlone", "yes",
                "observations", "Warm home; food in the fridge"));
    }

    @Test
    void answersTypedForASiblingNotTickedAsVisitedAreRefusedNamingThemAndEverythingIsKept() {
        var r = journey.referredAndAllocated(today.minusDays(30));
        long kai = r.child();
        String surname = Fixtures.uniqueSurname("Untick");
        long mia = fixtures.child("Mia", surname, LocalDate.of(2018, 5, 5));
        fixtures.link(mia, kai, RelationshipType.SIBLING);
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/visits/new?childId=" + kai).csrf();

        List<String> form = visit(kai, today.minusDays(1), csrf);
        // Mia's box is not ticked (unticked, or never ticked), but her part was written.
        form.addAll(List.of("child-" + mia + "-seen", "yes", "child-" + mia + "-childWords", "I miss my nan"));
        PageSession.Page refused = social.post("/visits?childId=" + kai, form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem")
                .contains("You wrote about Mia " + surname + " but did not tick ‘The visit was for Mia " + surname + "’")
                .contains("href=\"#child-" + mia + "-include\"").contains("id=\"child-" + mia + "-include-error\"")
                .contains("I miss my nan").contains("Warm home; food in the fridge");
        assertThat(refused.isChecked("child-" + mia + "-seen", "yes")).isTrue();
        assertThat(refused.isChecked("child-" + mia + "-include", "yes")).isFalse();
        assertThat(visitsOf(kai)).as("nothing saved for Kai either").isZero();
        assertThat(visitsOf(mia)).isZero();

        // Ticked, the same visit is recorded for both; with Mia's answers cleared instead, for Kai alone.
        List<String> ticked = visit(kai, today.minusDays(1), refused.csrf());
        ticked.addAll(List.of("child-" + mia + "-include", "yes", "child-" + mia + "-seen", "yes",
                "child-" + mia + "-seenAlone", "no", "child-" + mia + "-childWords", "I miss my nan"));
        assertThat(social.post("/visits?childId=" + kai, ticked).status()).isEqualTo(302);
        assertThat(visitsOf(mia)).isEqualTo(1);
        assertThat(social.post("/visits?childId=" + kai, visit(kai, today.minusDays(1), refused.csrf())).status()).isEqualTo(302);
        assertThat(visitsOf(kai)).isEqualTo(2);
        assertThat(visitsOf(mia)).isEqualTo(1);
    }

    @Test
    void aVisitBeforeTheChildWasBornIsRefusedOnThePageAndOverTheApi() {
        var r = journey.referredAndAllocated(today.minusDays(30));
        long kai = r.child(); // born 3 March 2016
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/visits/new?childId=" + kai).csrf();
        PageSession.Page refused = social.post("/visits?childId=" + kai, visit(kai, LocalDate.of(2015, 12, 1), csrf));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The visit cannot be before Kai ").contains("was born on 3 March 2016")
                .contains("href=\"#visitedOn-day\"");
        assertThat(refused.inputValue("visitedOnYear")).isEqualTo("2015");

        Api api = new Api(port, "social");
        Api.Response before = api.post("/api/v1/visits", """
                {"visitedOn": "2016-03-02", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY", "place": "HOME",
                 "children": [{"personId": %d, "seen": true, "seenAlone": false}]}""".formatted(kai));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.json().path("errors").get(0).path("field").asString()).isEqualTo("visitedOn");
        Api.Response onTheDay = api.post("/api/v1/visits", """
                {"visitedOn": "2016-03-03", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY", "place": "HOME",
                 "children": [{"personId": %d, "seen": true, "seenAlone": false}]}""".formatted(kai));
        assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(201);
        assertThat(visitsOf(kai)).isEqualTo(1);
    }
}
