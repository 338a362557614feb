package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding 12: supervision is recorded by the worker's line manager or someone above them in the
 * line management chain, never by a peer (two managers of one team do not supervise each other).
 */
@IntegrationTest
class SupervisionLineManagementTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Workers workers;
    LocalDate today;
    /** Two managers of the North team, both line-managed by the senior leader: peers. */
    Workers.Worker first;
    Workers.Worker second;
    /** A worker line-managed by the first. */
    Workers.Worker worker;

    @BeforeEach
    void twoPeerManagersAndAWorker() {
        workers = new Workers(jdbc);
        today = LocalDate.now(clock);
        first = workers.manager(SupervisionTest.NORTH, "leader");
        second = workers.manager(SupervisionTest.NORTH, "leader");
        worker = workers.worker(SupervisionTest.NORTH, false, today.minusYears(1), first.username());
    }

    private static String session(long workerId, LocalDate heldOn) {
        return SupervisionTest.session(workerId, heldOn, "Caseload and wellbeing discussed");
    }

    @Test
    void peersOfOneTeamAreRefusedWithAMessageSayingWhoSupervises() {
        Api.Response r = new Api(port, first.username()).post("/api/v1/supervision", session(second.id(), today));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("detail").asString())
                .isEqualTo("Supervision of Worker " + second.username() + " is recorded by their line manager, Jordan Leader,"
                        + " or by someone above Jordan Leader in the line management chain");
        assertThat(new Api(port, second.username()).post("/api/v1/supervision", session(first.id(), today)).status()).isEqualTo(403);

        PageSession page = PageSession.signedIn(port, first.username());
        PageSession.Page form = page.get("/supervision/new?workerId=" + second.id());
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("is recorded by their line manager, Jordan Leader");
        assertThat(count(second.id())).isZero();
    }

    @Test
    void theLineManagerAndThoseAboveThemRecordIt() {
        Api.Response byLineManager = new Api(port, first.username()).post("/api/v1/supervision", session(worker.id(), today));
        assertThat(byLineManager.status()).as(byLineManager.body()).isEqualTo(201);
        Api.Response byTheirManager = new Api(port, "leader").post("/api/v1/supervision", session(first.id(), today));
        assertThat(byTheirManager.status()).as(byTheirManager.body()).isEqualTo(201);
        Api.Response twoUp = new Api(port, "leader").post("/api/v1/supervision", session(worker.id(), today.minusDays(1)));
        assertThat(twoUp.status()).as("the line manager's own manager").isEqualTo(201);
        Api.Response notTheirs = new Api(port, second.username()).post("/api/v1/supervision", session(worker.id(), today));
        assertThat(notTheirs.status()).as("a manager of the same team who does not line-manage them").isEqualTo(403);
    }

    @Test
    void aSessionIsReadByTheWorkerAndTheirLineManagementChainNotByAnotherManagerOfTheTeam() {
        // A deputy: a manager of the same team, line-managed by the worker's own line manager.
        Workers.Worker deputy = workers.manager(SupervisionTest.NORTH, first.username());
        Api.Response recorded = new Api(port, first.username()).post("/api/v1/supervision",
                SupervisionTest.session(worker.id(), today, "Struggling since a bereavement"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String session = "/api/v1/supervision/" + recorded.json().get("id").asLong();
        String history = "/api/v1/workers/" + worker.id() + "/supervision";

        for (String reader : new String[] {worker.username(), first.username(), "leader"}) {
            assertThat(new Api(port, reader).get(session).status()).as(reader).isEqualTo(200);
            assertThat(new Api(port, reader).get(history).status()).as(reader).isEqualTo(200);
        }
        for (String other : new String[] {deputy.username(), second.username(), "manager", "auditor", "inspector"}) {
            Api.Response r = new Api(port, other).get(session);
            assertThat(r.status()).as(other).isEqualTo(403);
            assertThat(r.body()).doesNotContain("bereavement");
            assertThat(new Api(port, other).get(history).status()).as(other).isEqualTo(403);
        }
        PageSession page = PageSession.signedIn(port, deputy.username());
        assertThat(page.get("/supervision/" + recorded.json().get("id").asLong()).status()).isEqualTo(403);
        String teamWork = page.get("/team-work?teamId=" + workers.teamId(SupervisionTest.NORTH)).body();
        int row = teamWork.indexOf("id=\"supervision-" + worker.id() + "\"");
        assertThat(teamWork.substring(row, teamWork.indexOf("</tr>", row))).as("no link to a session the deputy cannot read")
                .doesNotContain("/supervision/" + recorded.json().get("id").asLong());
    }

    @Test
    void theTeamWorkPageOffersRecordingOnlyWhereTheManagerMayRecord() {
        PageSession page = PageSession.signedIn(port, second.username());
        String body = page.get("/team-work?teamId=" + workers.teamId(SupervisionTest.NORTH)).body();
        int row = body.indexOf("id=\"supervision-" + worker.id() + "\"");
        assertThat(row).isPositive();
        String cells = body.substring(row, body.indexOf("</tr>", row));
        assertThat(cells).contains("Supervised by Worker " + first.username()).doesNotContain("/supervision/new");

        String mine = PageSession.signedIn(port, first.username()).get("/team-work?teamId=" + workers.teamId(SupervisionTest.NORTH)).body();
        int own = mine.indexOf("id=\"supervision-" + worker.id() + "\"");
        assertThat(mine.substring(own, mine.indexOf("</tr>", own))).contains("/supervision/new?workerId=" + worker.id());
    }

    @Test
    void aWorkerWithNoLineManagerCannotBeSupervisedUntilOneIsRecorded() {
        Workers.Worker orphan = workers.worker(SupervisionTest.NORTH, false, today.minusYears(1), "no-such-user");
        Api.Response r = new Api(port, "manager").post("/api/v1/supervision", session(orphan.id(), today));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("has no line manager recorded");

        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/users/" + orphan.id()).csrf();
        long manager = workers.userId("manager");
        assertThat(admin.post("/admin/users/" + orphan.id(), "active", "yes", "lastDayDay", "", "lastDayMonth", "", "lastDayYear", "",
                "lineManagerId", "" + manager, "_csrf", csrf).status()).isEqualTo(302);
        assertThat(new Api(port, "manager").post("/api/v1/supervision", session(orphan.id(), today)).status()).isEqualTo(201);
    }

    @Test
    void theAdministratorCannotMakeALoopInTheChain() {
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/users/" + first.id()).csrf();
        PageSession.Page refused = admin.post("/admin/users/" + first.id(), "active", "yes", "lastDayDay", "", "lastDayMonth", "",
                "lastDayYear", "", "lineManagerId", "" + worker.id(), "_csrf", csrf);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("not this person or someone they line manage");
        assertThat(jdbc.sql("SELECT line_manager_id FROM app_user WHERE id = :id").param("id", first.id()).query(Long.class).single())
                .isEqualTo(workers.userId("leader"));
    }

    /** The demo data obeys the rule the app enforces (demo workers are worker.N, manager.N and the demo logins). */
    @Test
    void everyRecordedSupervisionWasByTheWorkersLineManagerOrSomeoneAbove() {
        long sessions = jdbc.sql("SELECT count(*) FROM supervision s JOIN app_user w ON w.id = s.worker_id WHERE w.username LIKE 'worker.%'")
                .query(Long.class).single();
        long broken = jdbc.sql("""
                        WITH RECURSIVE above (supervision_id, manager_id, depth) AS (
                            SELECT s.id, w.line_manager_id, 1 FROM supervision s JOIN app_user w ON w.id = s.worker_id
                            WHERE w.line_manager_id IS NOT NULL
                            UNION
                            SELECT a.supervision_id, u.line_manager_id, a.depth + 1 FROM above a JOIN app_user u ON u.id = a.manager_id
                            WHERE u.line_manager_id IS NOT NULL AND a.depth < 20
                        )
                        SELECT count(*) FROM supervision s JOIN app_user w ON w.id = s.worker_id
                        WHERE (w.username LIKE 'worker.%' OR w.username LIKE 'manager.%' OR w.username IN ('social', 'social2', 'family'))
                          AND NOT EXISTS (SELECT 1 FROM above a WHERE a.supervision_id = s.id AND a.manager_id = s.supervisor_id)
                        """).query(Long.class).single();
        assertThat(sessions).as("the demo council has supervision").isGreaterThan(0);
        assertThat(broken).isZero();
    }

    private long count(long workerId) {
        return jdbc.sql("SELECT count(*) FROM supervision WHERE worker_id = :w").param("w", workerId).query(Long.class).single();
    }
}
