package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** When each worker's next supervision is due (monthly, or fortnightly while newly qualified) and what managers see overdue. */
@IntegrationTest
class SupervisionFrequencyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Workers workers;
    LocalDate today;
    long north;

    @BeforeEach
    void setUp() {
        workers = new Workers(jdbc);
        today = LocalDate.now(clock);
        north = workers.teamId(SupervisionTest.NORTH);
    }

    private void supervised(Workers.Worker worker, LocalDate on) {
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision",
                SupervisionTest.session(worker.id(), on, "Workload reviewed"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private JsonNode dueRow(long workerId) {
        Api.Response r = new Api(port, "manager").get("/api/v1/supervision/due?teamId=" + north);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().values().stream().filter(n -> n.get("workerId").asLong() == workerId).findFirst().orElseThrow();
    }

    @Test
    void aQualifiedWorkerIsDue28DaysAfterTheLastSessionAndANewlyQualifiedOne14() {
        Workers.Worker qualified = workers.socialWorker(SupervisionTest.NORTH, false, today.minusYears(3));
        Workers.Worker nqsw = workers.socialWorker(SupervisionTest.NORTH, true, today.minusMonths(2));
        supervised(qualified, today.minusDays(20));
        supervised(nqsw, today.minusDays(20));

        JsonNode q = dueRow(qualified.id());
        assertThat(q.get("intervalDays").asInt()).isEqualTo(28);
        assertThat(q.get("lastHeldOn").asString()).isEqualTo(today.minusDays(20).toString());
        assertThat(q.get("nextDueOn").asString()).isEqualTo(today.plusDays(8).toString());
        assertThat(q.get("overdue").asBoolean()).isFalse();

        JsonNode n = dueRow(nqsw.id());
        assertThat(n.get("intervalDays").asInt()).isEqualTo(14);
        assertThat(n.get("nextDueOn").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(n.get("overdue").asBoolean()).isTrue();

        // The team work page shows the same, with the overdue worker tagged.
        String page = PageSession.signedIn(port, "manager").get("/team-work?teamId=" + north).body();
        assertThat(row(page, nqsw.id())).contains("Overdue").contains("newly qualified");
        assertThat(row(page, qualified.id())).doesNotContain("Overdue");
    }

    @Test
    void aWorkerNeverSupervisedIsDueFromTheirStartOrFromTodayWhenThatIsNotKnown() {
        Workers.Worker started = workers.socialWorker(SupervisionTest.NORTH, false, today.minusDays(40));
        Workers.Worker unknown = workers.socialWorker(SupervisionTest.NORTH, false, null);

        JsonNode s = dueRow(started.id());
        assertThat(s.get("nextDueOn").asString()).isEqualTo(today.minusDays(12).toString());
        assertThat(s.get("overdue").asBoolean()).isTrue();
        assertThat(s.has("lastHeldOn") && !s.get("lastHeldOn").isNull()).as("never supervised").isFalse();

        JsonNode u = dueRow(unknown.id());
        assertThat(u.get("nextDueOn").asString()).isEqualTo(today.plusDays(28).toString());
        assertThat(u.get("dueFromToday").asBoolean()).isTrue();
        assertThat(row(PageSession.signedIn(port, "manager").get("/team-work?teamId=" + north).body(), unknown.id()))
                .contains("start date not known");
    }

    @Test
    void supervisionDueIsForManagersAndTheirOwnServiceArea() {
        assertThat(new Api(port, "social").get("/api/v1/supervision/due").status()).isEqualTo(403);
        long south = workers.teamId("Safeguarding team South");
        assertThat(new Api(port, "manager").get("/api/v1/supervision/due?teamId=" + south).status()).isEqualTo(404);
        assertThat(new Api(port, "manager").get("/api/v1/supervision/due").status()).as("defaults to the manager's team").isEqualTo(200);
    }

    private static String row(String page, long workerId) {
        Matcher m = Pattern.compile("<tr[^>]*id=\"supervision-" + workerId + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a supervision row for worker " + workerId).isTrue();
        return m.group(1);
    }
}
