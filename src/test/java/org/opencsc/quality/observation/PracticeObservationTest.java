package org.opencsc.quality.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.quality.learning.LearningFixtures;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Practice observations: recorded by a manager or QA officer, reflected on by the worker, kept with the supervision history. */
@IntegrationTest
class PracticeObservationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private String observation(long worker, String strengths) {
        return """
                {"workerId": %d, "observedOn": "%s", "setting": "HOME_VISIT", "strengths": "%s", "toDevelop": "Name the worry plainly",
                 "grade": "GOOD"}""".formatted(worker, LondonTime.today(clock).minusDays(1), strengths);
    }

    @Test
    void aManagerRecordsItTheWorkerReflectsAndTheSupervisionHistoryShowsIt() {
        long social = new LearningFixtures(jdbc).userId("social");
        Api.Response recorded = new Api(port, "manager").post("/api/v1/quality/observations", observation(social, "Warm, clear with the family"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.json().get("id").asLong();

        assertThat(new Api(port, "manager").put("/api/v1/quality/observations/" + id + "/reflection",
                "{\"reflection\": \"Not mine to write\", \"version\": 0}").status()).as("only the worker reflects").isEqualTo(403);
        Api.Response reflected = new Api(port, "social").put("/api/v1/quality/observations/" + id + "/reflection",
                "{\"reflection\": \"I will name the worry sooner\", \"version\": 0}");
        assertThat(reflected.status()).as(reflected.body()).isEqualTo(200);
        assertThat(reflected.json().get("workerReflection").asString()).isEqualTo("I will name the worry sooner");
        assertThat(new Api(port, "social").put("/api/v1/quality/observations/" + id + "/reflection",
                "{\"reflection\": \"Again\", \"version\": 0}").status()).as("stale").isEqualTo(409);

        String history = PageSession.signedIn(port, "social").get("/workers/" + social + "/supervision").body();
        assertThat(history).contains("Practice observation: Home visit").contains("/quality/observations/" + id);
        assertThat(PageSession.signedIn(port, "manager").get("/workers/" + social + "/supervision").body())
                .contains("/quality/observations/" + id);
        assertThat(PageSession.signedIn(port, "social").get("/quality/observations/" + id).body()).contains("Warm, clear with the family")
                .contains("reflection-form");
        JsonNode list = new Api(port, "auditor").get("/api/v1/quality/observations?workerId=" + social).json();
        assertThat(list.values()).anyMatch(o -> o.get("id").asLong() == id);
        assertThat(new Api(port, "leader").get("/api/v1/quality/observations/" + id).status()).isEqualTo(200);
    }

    @Test
    void aSocialWorkerCannotRecordOneNobodyObservesThemselvesAndAnotherTeamCannotRead() {
        long social = new LearningFixtures(jdbc).userId("social");
        long manager = new LearningFixtures(jdbc).userId("manager");
        assertThat(new Api(port, "social2").post("/api/v1/quality/observations", observation(social, "Good")).status()).isEqualTo(403);
        Api.Response self = new Api(port, "manager").post("/api/v1/quality/observations", observation(manager, "Good"));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("workerId").contains("your own practice");
        Api.Response fraction = new Api(port, "manager").post("/api/v1/quality/observations",
                observation(social, "Good").replace("\"workerId\": " + social, "\"workerId\": 1.5"));
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.body()).contains("workerId");

        long id = new Api(port, "manager").post("/api/v1/quality/observations", observation(social, "Calm")).json().get("id").asLong();
        assertThat(new Api(port, "social2").get("/api/v1/quality/observations/" + id).status()).as("another team's worker").isEqualTo(403);
        assertThat(new Api(port, "manager2").get("/api/v1/quality/observations/" + id).status()).as("another team's manager").isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social2").get("/quality/observations/" + id).status()).isEqualTo(403);
    }

    /** Only the council's practitioners are observed: not a partner agency's auditor, an inspector or the administrator. */
    @Test
    void nobodyFromOutsideTheCouncilNorTheAdministratorIsObserved() {
        LearningFixtures users = new LearningFixtures(jdbc);
        for (String outsider : new String[] {"partner", "inspector", "admin"}) {
            Api.Response r = new Api(port, "manager").post("/api/v1/quality/observations", observation(users.userId(outsider), "Good"));
            assertThat(r.status()).as(outsider + ": " + r.body()).isEqualTo(404);
            assertThat(PageSession.signedIn(port, "manager").get("/quality/observations/new?worker=" + users.userId(outsider)).status())
                    .as(outsider).isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM practice_observation o JOIN app_user u ON u.id = o.worker_id"
                + " WHERE u.username IN ('partner', 'inspector', 'admin')").query(Long.class).single()).isZero();
    }

    @Test
    void theFormRefusesWithoutStrengthsKeepingWhatWasTyped() {
        long social = new LearningFixtures(jdbc).userId("social");
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/quality/observations/new?worker=" + social);
        assertThat(page.body()).contains("observation-form");
        PageSession.Page refused = manager.post("/quality/observations/new?worker=" + social, "_csrf", page.csrf(),
                "observedOnDay", "1", "observedOnMonth", "2", "observedOnYear", "2026", "setting", "DIRECT_WORK", "personId", "",
                "strengths", " ", "toDevelop", "Slow down the session", "grade", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#strengths\"").contains("Slow down the session");
        assertThat(refused.isChecked("setting", "DIRECT_WORK")).isTrue();
        assertThat(PageSession.signedIn(port, "social").get("/quality/observations/new?worker=" + social).status())
                .as("a social worker does not record observations").isEqualTo(403);
    }
}
