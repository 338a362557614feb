package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Recording supervision: who may record it for whom, which children, and where each child's part goes. */
@IntegrationTest
class SupervisionTest {

    static final String NORTH = "Safeguarding team North";

    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Workers workers;
    Fixtures fixtures;
    Workers.Worker worker;
    long first;
    long second;
    LocalDate today;

    @BeforeEach
    void aWorkerInTheNorthTeamHoldingTwoChildren() {
        workers = new Workers(jdbc);
        fixtures = new Fixtures(people, users, jdbc);
        today = LocalDate.now(clock);
        worker = workers.socialWorker(NORTH, false, today.minusYears(2));
        first = fixtures.child("Ada", Fixtures.uniqueSurname("Sup"), LocalDate.of(2015, 1, 1));
        second = fixtures.child("Ben", Fixtures.uniqueSurname("Sup"), LocalDate.of(2017, 1, 1));
        workers.allocate(first, worker);
        workers.allocate(second, worker);
    }

    String child(long id, String reflection) {
        return """
                {"childId": %d, "reflection": "%s", "decisions": "Keep the plan",
                 "actions": [{"action": "Visit school", "ownerUsername": "%s", "dueOn": "%s"}]}
                """.formatted(id, reflection, worker.username(), LocalDate.now(clock).plusDays(7));
    }

    static String session(long workerId, LocalDate heldOn, String wellbeing, String... children) {
        return """
                {"workerId": %d, "heldOn": "%s", "wellbeing": "%s", "children": [%s]}
                """.formatted(workerId, heldOn, wellbeing, String.join(",", children));
    }

    private static List<String> fields(Api.Response r) {
        return r.json().get("errors").values().stream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void eachChildsPartGoesOnlyOnThatChildsChronology() {
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision", session(worker.id(), today.minusDays(1),
                "Feeling stretched: caseload of 19", child(first, "Ada is attending school again"),
                child(second, "Ben still misses health appointments")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("children").size()).isEqualTo(2);

        ChronologyEntry ada = supervisionEntry(first);
        assertThat(ada.detail()).contains("Ada is attending school again").contains("Keep the plan").contains("Visit school")
                .doesNotContain("Ben still misses").doesNotContain("caseload of 19");
        assertThat(ada.subjectIds()).containsExactly(first);
        assertThat(ada.summary()).contains("Taylor Manager");
        assertThat(supervisionEntry(second).detail()).contains("Ben still misses").doesNotContain("Ada is attending");
    }

    private ChronologyEntry supervisionEntry(long child) {
        return events.chronology(List.of(child), ChronologyFilter.latest(20)).stream()
                .filter(e -> e.type() == EventType.SUPERVISION).findFirst().orElseThrow();
    }

    @Test
    void aManagerCannotRecordTheirOwnSupervision() {
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision",
                session(workers.userId("manager"), today, "Fine"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(fields(r)).containsExactly("workerId");
        assertThat(r.body()).contains("supervision of yourself");
    }

    @Test
    void aSessionCannotBeInTheFutureAndEveryChildMustBeOnTheWorkersCaseloadWithAReflection() {
        long notTheirs = fixtures.child("Cy", Fixtures.uniqueSurname("Sup"), LocalDate.of(2016, 1, 1));
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision", session(worker.id(), today.plusDays(1), "Fine",
                child(first, " "), child(notTheirs, "Doing well")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("heldOn", "children[0].reflection", "children[1].childId");
        assertThat(r.body()).contains("cannot be in the future").contains("caseload");
        assertThat(events.chronology(List.of(first), ChronologyFilter.latest(20)))
                .noneMatch(e -> e.type() == EventType.SUPERVISION);
    }

    @Test
    void onlyAManagerOverTheWorkersTeamRecordsTheirSupervision() {
        String body = session(workers.userId("social2"), today, "Fine");
        assertThat(new Api(port, "manager").post("/api/v1/supervision", body).status())
                .as("South is outside the North manager's service area").isEqualTo(403);
        assertThat(new Api(port, "dutymanager").post("/api/v1/supervision", session(worker.id(), today, "Fine")).status())
                .as("the front door's manager does not manage North").isEqualTo(403);
        assertThat(new Api(port, "social").post("/api/v1/supervision", session(worker.id(), today, "Fine")).status())
                .isEqualTo(403);
    }

    @Test
    void aSessionIsSeenByTheWorkerAndTheirLineManagementChainOnly() {
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision",
                session(worker.id(), today, "Private wellbeing", child(first, "Going well")));
        String path = "/api/v1/supervision/" + r.json().get("id").asLong();
        assertThat(new Api(port, worker.username()).get(path).status()).isEqualTo(200);
        assertThat(new Api(port, "leader").get(path).status()).as("above the line manager").isEqualTo(200);
        assertThat(new Api(port, "auditor").get(path).status()).as("reads the child's part on the child's record").isEqualTo(403);
        assertThat(new Api(port, "social").get(path).status()).as("a colleague").isEqualTo(403);
        assertThat(new Api(port, "chair").get(path).status()).isEqualTo(403);
        JsonNode history = new Api(port, worker.username()).get("/api/v1/workers/" + worker.id() + "/supervision").json();
        assertThat(history.get("sessions").get(0).get("childrenDiscussed").asInt()).isEqualTo(1);
        assertThat(history.get("status").get("lastHeldOn").asString()).isEqualTo(today.toString());
    }
}
