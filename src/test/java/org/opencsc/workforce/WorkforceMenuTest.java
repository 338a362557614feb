package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The menu offers the workforce to exactly the roles its page lets in; a team manager sees their service area only. */
@IntegrationTest
class WorkforceMenuTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMenuAndThePageAgreeOnWhoSeesTheWorkforce() {
        for (String user : new String[] {"leader", "dataofficer", "admin", "manager"}) {
            PageSession session = PageSession.signedIn(port, user);
            assertThat(session.get("/").body()).as(user).contains("href=\"/workforce\"");
            assertThat(session.get("/workforce").status()).as(user).isEqualTo(200);
        }
        for (String user : new String[] {"social", "duty", "dutymanager", "chair", "auditor", "inspector", "contact"}) {
            PageSession session = PageSession.signedIn(port, user);
            assertThat(session.get("/").body()).as(user).doesNotContain("href=\"/workforce\"");
            assertThat(session.get("/workforce").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aTeamManagerSeesTheirServiceAreasTeamsAndIsRefusedAnother() {
        long south = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team South'").query(Long.class).single();
        long north = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        Api manager = new Api(port, "manager");
        assertThat(manager.get("/api/v1/workforce/teams").json().valueStream().map(t -> t.get("id").asLong())).contains(north)
                .doesNotContain(south);
        assertThat(manager.get("/api/v1/workforce/figures?team=" + north).status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/workforce/figures?team=" + south).status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/workforce/teams/" + south).status()).isEqualTo(403);
        long southWorker = jdbc.sql("SELECT id FROM app_user WHERE username = 'social2'").query(Long.class).single();
        assertThat(manager.get("/api/v1/workforce/staff/" + southWorker).status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/workforce/staff").json().valueStream().map(e -> e.get("id").asLong())).doesNotContain(southWorker);
    }
}
