package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-only roles (auditor, senior leader, inspector, administrator) are refused an API write
 * before its body is read: a 403, not a 400 about the fields of a write they may never make. The
 * few writes they do make (SecurityConfig's allow-list) still reach their controllers.
 */
@IntegrationTest
class ReadOnlyRolesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private static void refusedUpFront(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("read-only");
        assertThat(r.json().has("errors")).as("nothing about the fields").isFalse();
    }

    @Test
    void aWriteByAReadOnlyRoleIsRefusedBeforeItsBodyIsChecked() {
        refusedUpFront(new Api(port, "inspector").post("/api/v1/children/1/case-notes", "{}"));
        refusedUpFront(new Api(port, "auditor").put("/api/v1/child-plans/1/content", "{\"needs\": [null]}"));
        refusedUpFront(new Api(port, "leader").post("/api/v1/people", "not json"));
        refusedUpFront(new Api(port, "admin").post("/api/v1/contacts", "{}"));
        refusedUpFront(new Api(port, "inspector").put("/api/v1/calendar/bank-holidays", "{}"));
        refusedUpFront(new Api(port, "auditor").post("/api/v1/supervision", "{}"));
    }

    @Test
    void theWritesReadOnlyRolesMakeStillReachTheirControllers() {
        // An administrator adds bank holidays: a bad feed is told what is wrong with it.
        Api.Response feed = new Api(port, "admin").put("/api/v1/calendar/bank-holidays", "{}");
        assertThat(feed.status()).as(feed.body()).isEqualTo(400);
        assertThat(feed.json().get("errors").get(0).get("field").asString()).isEqualTo("england-and-wales");

        // A senior leader records the supervision of a manager they line-manage.
        Accounts.Account manager = new Accounts(jdbc).create(Role.TEAM_MANAGER, "Safeguarding team North");
        jdbc.sql("UPDATE app_user SET line_manager_id = (SELECT id FROM app_user WHERE username = 'leader') WHERE id = :id")
                .param("id", manager.id()).update();
        Api.Response supervision = new Api(port, "leader").post("/api/v1/supervision", """
                {"workerId": %d, "heldOn": "%s", "wellbeing": "Workload steady", "children": []}"""
                .formatted(manager.id(), LocalDate.now(clock)));
        assertThat(supervision.status()).as(supervision.body()).isEqualTo(201);

        // A plan's quality check changes nothing: an auditor's reaches the plans (there is no plan 0).
        assertThat(new Api(port, "auditor").post("/api/v1/child-plans/0/check", "").status()).isEqualTo(404);
    }

    @Test
    void aRoleThatWritesStillGetsTheFieldErrors() {
        Api.Response r = new Api(port, "social").post("/api/v1/supervision", "{}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().has("errors")).isTrue();
    }
}
