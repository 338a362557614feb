package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A team's posts: the service area's manager changes them, a stale version is refused, bad input named. */
@IntegrationTest
class TeamPostsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    WorkforceTeam team;
    String manager;

    @BeforeEach
    void setUp() {
        team = new WorkforceTeam(jdbc, "posts");
        manager = team.manager();
        // Two case holders in post, 1.00 and 0.60 FTE: 1.60 filled.
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", clock.today().minusYears(2), null, true, "1.00", null, false, null);
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", clock.today().minusYears(2), null, true, "0.60", null, false, null);
    }

    @Test
    void theManagerSetsThePostsAndTheVacanciesFollowAndAStaleVersionIs409() {
        Api api = new Api(port, manager);
        JsonNode before = api.get("/api/v1/workforce/teams/" + team.id).json();
        int version = before.get("postsVersion").asInt();
        Api.Response saved = api.put("/api/v1/workforce/teams/" + team.id + "/posts",
                "{\"version\": %d, \"posts\": [{\"jobRole\": \"CASE_HOLDER\", \"fundedFte\": 3.5}]}".formatted(version));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode caseHolder = saved.json().get("posts").valueStream().filter(p -> p.get("jobRole").asString().equals("CASE_HOLDER"))
                .findFirst().orElseThrow();
        // 3.50 funded - 1.60 filled = 1.90 vacant.
        assertThat(caseHolder.get("fundedFte").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(caseHolder.get("filledFte").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(caseHolder.get("vacantFte").decimalValue()).isEqualByComparingTo("1.90");
        assertThat(saved.json().get("vacantFte").decimalValue()).isEqualByComparingTo("1.90");

        Api.Response stale = api.put("/api/v1/workforce/teams/" + team.id + "/posts",
                "{\"version\": %d, \"posts\": []}".formatted(version));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(api.get("/api/v1/workforce/teams/" + team.id).json().get("vacantFte").decimalValue())
                .as("the first change is kept").isEqualByComparingTo("1.90");
    }

    @Test
    void badPostsAre400NamingTheFieldAndOthersManagersAreRefused() {
        Api api = new Api(port, manager);
        int version = api.get("/api/v1/workforce/teams/" + team.id).json().get("postsVersion").asInt();
        Api.Response bad = api.put("/api/v1/workforce/teams/" + team.id + "/posts",
                "{\"version\": %d, \"posts\": [{\"jobRole\": \"CASE_HOLDER\", \"fundedFte\": 1.555}]}".formatted(version));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("posts[0].fundedFte");
        Api.Response unknown = api.put("/api/v1/workforce/teams/" + team.id + "/posts",
                "{\"version\": %d, \"posts\": [{\"jobRole\": \"WIZARD\", \"fundedFte\": 1}]}".formatted(version));
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("posts[0].jobRole");
        assertThat(new Api(port, "manager").put("/api/v1/workforce/teams/" + team.id + "/posts",
                "{\"version\": %d, \"posts\": []}".formatted(version)).status()).as("another service area's manager").isEqualTo(403);
    }

    @Test
    void thePageShowsThePostsAndKeepsWhatWasTypedOnBadInput() {
        PageSession session = PageSession.signedIn(port, manager);
        PageSession.Page page = session.get("/workforce/teams/" + team.id);
        assertThat(page.status()).isEqualTo(200);
        String version = EmploymentRecordTest.hidden(page);
        PageSession.Page bad = session.post("/workforce/teams/" + team.id, "_csrf", page.csrf(), "version", version,
                "post-CASE_HOLDER", "three", "post-FIRST_LINE_MANAGER", "1");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("The funded FTE for case holder must be a number");
        assertThat(bad.inputValue("post-CASE_HOLDER")).isEqualTo("three");
        assertThat(bad.inputValue("post-FIRST_LINE_MANAGER")).isEqualTo("1");
        PageSession.Page saved = session.post("/workforce/teams/" + team.id, "_csrf", page.csrf(), "version", version,
                "post-CASE_HOLDER", "2", "post-FIRST_LINE_MANAGER", "1");
        assertThat(saved.status()).isEqualTo(302);
        PageSession.Page after = session.get("/workforce/teams/" + team.id);
        // 2.00 - 1.60 = 0.40 case holder; the manager has no job role recorded, so 1.00 first line manager vacant: 1.40.
        assertThat(after.body()).contains("id=\"vacant\">1.40 FTE");
    }
}
