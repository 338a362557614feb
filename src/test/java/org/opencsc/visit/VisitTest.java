package org.opencsc.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.DueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Visits: recorded once for a sibling group, on each child's record, and the next visit due under the child's plan. */
@IntegrationTest
class VisitTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbcForFixtures;
    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(personService, users, jdbcForFixtures);
    }
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    VisitDueWork dueWork;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** A child on a child protection plan from 10 April 2025 (referred 31 March). */
    private long childOnAPlanFrom10April2025() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 3, 31));
        journey.onAPlan(r, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10));
        return r.child();
    }

    private static String visit(String on, String childrenJson) {
        return """
                {"visitedOn": "%s", "visitedTime": "16:30", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY",
                 "place": "HOME", "observations": "The home was warm; food in the fridge.", "children": [%s]}
                """.formatted(on, childrenJson);
    }

    private static String child(long id, boolean seen, boolean alone, String words) {
        return """
                {"personId": %d, "seen": %s, "seenAlone": %s, "childWords": "%s"}""".formatted(id, seen, alone, words);
    }

    private JsonNode visitsOf(long child) {
        var response = new Api(port, "social").get("/api/v1/people/" + child + "/visits");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void theNextVisitIsTenWorkingDaysAfterTheChildWasLastSeenSkippingBankHolidays() {
        long child = childOnAPlanFrom10April2025();
        Api social = new Api(port, "social");
        assertThat(visitsOf(child).get("nextDueOn").asString()).as("never seen: counted from the plan's start")
                .isEqualTo(calendar.addWorkingDays(LocalDate.of(2025, 4, 10), 10).toString());

        assertThat(social.post("/api/v1/visits", visit("2025-04-17", child(child, true, true, "I like my new bed"))).status())
                .isEqualTo(201);
        JsonNode after = visitsOf(child);
        assertThat(after.get("planType").asString()).isEqualTo("CHILD_PROTECTION");
        assertThat(after.get("frequencyWorkingDays").asInt()).isEqualTo(10);
        assertThat(after.get("lastSeenOn").asString()).isEqualTo("2025-04-17");
        assertThat(after.get("lastSeenAlone").asBoolean()).isTrue();
        // Thursday 17 April 2025 + 10 working days skips Good Friday (18th), Easter Monday (21st) and
        // the early May bank holiday (5 May): Tuesday 6 May.
        assertThat(after.get("nextDueOn").asString()).isEqualTo("2025-05-06");
        assertThat(after.get("overdue").asBoolean()).as("6 May 2025 has passed").isTrue();
    }

    @Test
    void aVisitWhereTheChildWasNotSeenDoesNotResetTheClock() {
        long child = childOnAPlanFrom10April2025();
        Api social = new Api(port, "social");
        social.post("/api/v1/visits", visit("2025-04-14", child(child, true, false, "")));
        var notSeen = social.post("/api/v1/visits", visit("2025-04-24", child(child, false, false, "")));
        assertThat(notSeen.status()).isEqualTo(201);
        JsonNode after = visitsOf(child);
        assertThat(after.get("lastSeenOn").asString()).isEqualTo("2025-04-14");
        assertThat(after.get("nextDueOn").asString()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2025, 4, 14), 10).toString());
        assertThat(after.get("visits")).hasSize(2);
        assertThat(after.get("visits").get(0).get("visitedOn").asString()).as("newest first").isEqualTo("2025-04-24");
    }

    @Test
    void aChildSeenBeforeThePlanStartedIsDueFromThePlansStart() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 3, 31));
        new Api(port, "social").post("/api/v1/visits", visit("2025-04-02", child(r.child(), true, true, "")));
        journey.onAPlan(r, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10));
        assertThat(visitsOf(r.child()).get("nextDueOn").asString())
                .isEqualTo(calendar.addWorkingDays(LocalDate.of(2025, 4, 10), 10).toString());
    }

    @Test
    void aChildInNeedIsDueLessOftenThanAChildOnAPlan() {
        var cin = journey.referredAndAllocated(LocalDate.of(2025, 6, 2));
        long cp = childOnAPlanFrom10April2025();
        JsonNode inNeed = visitsOf(cin.child());
        assertThat(inNeed.get("planType").asString()).isEqualTo("CHILD_IN_NEED");
        assertThat(inNeed.get("frequencyWorkingDays").asInt()).isEqualTo(20);
        assertThat(inNeed.get("nextDueOn").asString()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2025, 6, 2), 20).toString());
        assertThat(visitsOf(cp).get("frequencyWorkingDays").asInt()).isEqualTo(10);

        long noPlan = fixtures.child("Ada", Fixtures.uniqueSurname("Visit"), LocalDate.of(2019, 1, 1));
        fixtures.allocate(noPlan, "Safeguarding team North");
        JsonNode none = visitsOf(noPlan);
        assertThat(none.has("planType")).as("no plan, no open episode: no requirement").isFalse();
        assertThat(none.has("nextDueOn")).isFalse();
    }

    @Test
    void aVisitToSiblingsIsRecordedOnceWithAnEventOnEachChildsRecord() {
        long kai = childOnAPlanFrom10April2025();
        long mia = fixtures.child("Mia", Fixtures.uniqueSurname("Sibling"), LocalDate.of(2018, 5, 5));
        fixtures.link(mia, kai, RelationshipType.SIBLING);

        var created = new Api(port, "social").post("/api/v1/visits", visit("2025-04-17",
                child(kai, true, true, "Dad shouts") + "," + child(mia, true, false, "I miss nan")));
        assertThat(created.status()).isEqualTo(201);
        long visitId = created.json().get("id").asLong();
        assertThat(created.json().get("children")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM visit_child WHERE visit_id = ?").params(visitId).query(Long.class).single())
                .isEqualTo(2);

        for (long child : List.of(kai, mia)) {
            List<String> details = jdbc.sql("""
                            SELECT e.detail FROM event e JOIN event_subject s ON s.event_id = e.id
                            WHERE e.type = 'CHILD_VISIT' AND s.person_id = ?""").params(child).query(String.class).list();
            assertThat(details).as("one visit event on each child's chronology").hasSize(1);
            assertThat(details.getFirst()).contains(child == kai ? "Dad shouts" : "I miss nan")
                    .doesNotContain(child == kai ? "I miss nan" : "Dad shouts");
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_subject s JOIN event e ON e.id = s.event_id
                        WHERE e.type = 'CHILD_VISIT' AND s.event_id IN (SELECT event_id FROM event_subject WHERE person_id = ?)
                          AND s.person_id <> ?""").params(kai, kai).query(Long.class).single())
                .as("each event is about one child").isZero();
        assertThat(visitsOf(mia).get("visits").get(0).get("children")).as("the child's list shows their own part").hasSize(1);
    }

    @Test
    void refusesWhatCannotBeRight() {
        long kai = childOnAPlanFrom10April2025();
        Api social = new Api(port, "social");

        var future = social.post("/api/v1/visits", visit(clock.today().plusDays(1).toString(), child(kai, true, false, "")));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).contains("application/problem+json");
        assertThat(future.body()).contains("visitedOn").contains("A visit is recorded after it happens");

        var aloneNotSeen = social.post("/api/v1/visits", visit("2025-04-17", child(kai, false, true, "")));
        assertThat(aloneNotSeen.status()).isEqualTo(400);
        assertThat(aloneNotSeen.body()).contains("children[0].seenAlone").contains("cannot have been seen alone");

        var nobody = social.post("/api/v1/visits", visit("2025-04-17", ""));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("\"children\"");

        var tooLong = social.post("/api/v1/visits", visit("2025-04-17", child(kai, true, true, "a".repeat(Visits.MAX_TEXT + 1))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("characters or fewer");

        long stranger = fixtures.child("Zed", Fixtures.uniqueSurname("Stranger"), LocalDate.of(2017, 2, 2));
        fixtures.allocate(stranger, "Safeguarding team North");
        var notSiblings = social.post("/api/v1/visits", visit("2025-04-17",
                child(kai, true, true, "") + "," + child(stranger, true, true, "")));
        assertThat(notSiblings.status()).isEqualTo(400);
        assertThat(notSiblings.body()).contains("is not linked as a sibling");

        assertThat(new Api(port, "auditor").post("/api/v1/visits", visit("2025-04-17", child(kai, true, true, ""))).status())
                .as("an auditor reads, never records").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM visit_child WHERE person_id = ?").params(kai).query(Long.class).single())
                .as("nothing refused was saved").isZero();
    }

    @Test
    void anOverdueVisitIsDueWorkForTheWorker() {
        var r = journey.referredAndAllocated(clock.today().minusDays(70));
        LocalDate conference = clock.today().minusDays(50);
        journey.onAPlan(r, clock.today().minusDays(69), conference);

        List<DueItem> items = dueWork.dueFor(List.of(r.child()));
        assertThat(items).hasSize(1);
        DueItem item = items.getFirst();
        assertThat(item.what()).isEqualTo("Visit (child protection: every 10 working days)");
        assertThat(item.dueOn()).isEqualTo(calendar.addWorkingDays(conference, 10)).isBefore(clock.today());
        assertThat(item.href()).isEqualTo("/visits/new?childId=" + r.child());
        assertThat(item.forManager()).isFalse();

        JsonNode mine = new Api(port, "social").get("/api/v1/work/mine").json();
        boolean listed = false;
        for (JsonNode row : mine.get("rows")) {
            listed |= row.hasNonNull("personId") && row.get("personId").asLong() == r.child() && row.get("what").asString().startsWith("Visit (child protection")
                    && row.get("overdue").asBoolean();
        }
        assertThat(listed).as("the worker's list shows the overdue visit").isTrue();

        long unplanned = fixtures.child("Ola", Fixtures.uniqueSurname("Visit"), LocalDate.of(2019, 1, 1));
        assertThat(dueWork.dueFor(List.of(unplanned))).as("no plan, no episode: no visit due").isEmpty();
    }
}
