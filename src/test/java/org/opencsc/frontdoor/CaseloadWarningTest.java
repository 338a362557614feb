package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.AllocationRepository;
import org.opencsc.workforce.WorkforceTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Wherever a worker is chosen for a child (a referral's allocation, a sibling group's, a
 * transfer), a worker at or over their caseload limit is shown with a warning, and the API's
 * answer carries it: a warning, not a refusal.
 */
@IntegrationTest
class CaseloadWarningTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    AllocationRepository allocations;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    WorkforceTeam team;
    long full;
    String fullName;
    String family;

    /** A worker whose own limit is 1 and who holds 1 child: at their limit. */
    @BeforeEach
    void aWorkerAtTheirLimit() {
        fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Warn");
        LocalDate today = clock.today();
        team = new WorkforceTeam(jdbc, "warn");
        full = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", today.minusYears(2), null, true, "1.00", 1, false, null);
        team.allocate(full, 1, true, today.minusDays(3));
        fullName = jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").params(full).query(String.class).single();
    }

    @Test
    void theAllocationPageWarnsAndTheApiAllocatesWithTheWarningInItsAnswer() {
        long amy = fx.child("Amy", family);
        fx.referredBy(clock.instant().minus(2, ChronoUnit.HOURS), PrimaryNeed.N1, amy);

        PageSession.Page page = PageSession.signedIn(port, "dutymanager").get("/referrals/allocation");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-warning-text").contains(fullName + " holds 1 child and their limit is 1: they are at it")
                .contains(fullName + ", " + team.name + ": 1 of 1 children, at their limit");

        JsonNode referral = jdbc.sql("SELECT json_build_object('id', id, 'version', version)::text FROM referral WHERE person_id = ?")
                .params(amy).query((rs, n) -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(rs.getString(1))).single();
        Api.Response allocated = new Api(port, "dutymanager").post("/api/v1/referrals/" + referral.get("id").asLong() + "/allocation",
                "{\"version\": %d, \"workerId\": %d, \"teamId\": %d}".formatted(referral.get("version").asInt(), full, team.id));
        assertThat(allocated.status()).as("a warning, not a refusal: " + allocated.body()).isEqualTo(200);
        assertThat(allocated.json().get("workerName").asString()).isEqualTo(fullName);
        JsonNode caseload = allocated.json().get("workerCaseload");
        // 1 held before, Amy now: 2 of 1.
        assertThat(caseload.get("children").asInt()).isEqualTo(2);
        assertThat(caseload.get("caseloadLimit").asInt()).isEqualTo(1);
        assertThat(caseload.get("atOrOverLimit").asBoolean()).isTrue();
        assertThat(caseload.get("warning").asString()).isEqualTo(fullName + " holds 2 children and their limit is 1: they are over it");
    }

    @Test
    void theTransferPageWarnsAndTheTransferAnswerSaysSo() {
        long kit = fx.child("Kit", family);
        long north = fx.user("social").teamIds().iterator().next();
        allocations.allocate(kit, north, fx.user("social").id(), clock.today());

        PageSession.Page form = PageSession.signedIn(port, "dutymanager").get("/people/" + kit + "/transfer");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"caseload-warnings\"").contains(fullName + " holds 1 child and their limit is 1: they are at it");

        Api.Response moved = new Api(port, "dutymanager").post("/api/v1/people/" + kit + "/transfer", """
                {"version": %d, "workerId": %d, "teamId": %d, "reason": "Specialist work needed"}"""
                .formatted(allocations.currentId(kit).orElseThrow(), full, team.id));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().at("/workerCaseload/children").asInt()).isEqualTo(2);
        assertThat(moved.json().at("/workerCaseload/atOrOverLimit").asBoolean()).isTrue();
        assertThat(new Api(port, "dutymanager").get("/api/v1/people/" + kit + "/allocation").json().has("workerCaseload"))
                .as("only the transfer's answer carries it").isFalse();
    }

    @Test
    void aWorkerUnderTheirLimitHasNoWarning() {
        long spare = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", clock.today().minusYears(2), null, true, "1.00", 5, false, null);
        JsonNode caseloads = new Api(port, "dutymanager").get("/api/v1/workers/caseloads").json();
        JsonNode row = caseloads.valueStream().filter(w -> w.get("workerId").asLong() == spare).findFirst().orElseThrow();
        assertThat(row.get("atOrOverLimit").asBoolean()).isFalse();
        assertThat(row.has("warning")).isFalse();
        assertThat(row.get("caseloadLimit").asInt()).isEqualTo(5);
    }
}
