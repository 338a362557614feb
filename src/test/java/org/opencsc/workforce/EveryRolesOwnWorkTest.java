package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * My work lists what each role must do, not only their caseload's: the chair's reviews and open
 * escalations, the team manager's authorisations and escalation responses, the duty worker's
 * contacts and the duty manager's sign-offs; and the demo's supervision history shows on team work.
 */
@IntegrationTest
class EveryRolesOwnWorkTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    Escalations escalations;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static List<JsonNode> rows(Api api) {
        Api.Response r = api.get("/api/v1/work/mine");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        r.json().get("rows").forEach(rows::add);
        return rows;
    }

    private static List<JsonNode> about(List<JsonNode> rows, long child, String what) {
        return rows.stream().filter(r -> r.path("personId").asLong(-1) == child && r.get("what").asString().startsWith(what)).toList();
    }

    @Test
    void theChairsMyWorkHasTheReviewsTheyChairAndTheEscalationsTheyRaised() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(200));
        ChildProtectionPlan plan = journey.onAPlan(r, today.minusDays(195), today.minusDays(180), "chair");
        escalations.raise(plan.id(), "No core group for weeks", journey.user("chair"), ProtectionJourney.API);

        List<JsonNode> chair = rows(new Api(port, "chair"));
        List<JsonNode> review = about(chair, r.child(), "Review child protection conference you chair");
        assertThat(review).hasSize(1);
        assertThat(review.getFirst().get("overdue").asBoolean()).as("due 3 months after the conference, so overdue").isTrue();
        assertThat(review.getFirst().get("href").asString()).isEqualTo("/plans/" + plan.id() + "/review-conference");
        assertThat(about(chair, r.child(), "Your escalation")).hasSize(1);
        // The demo council's own reviews the chair chairs (not only this test's) are there too.
        assertThat(chair).as("a demo child's review").anyMatch(x -> x.get("what").asString().startsWith("Review child protection")
                && x.path("personId").asLong(-1) != r.child());
        assertThat(PageSession.signedIn(port, "chair").get("/my-work").body()).contains("Review child protection conference you chair")
                .doesNotContain("Nothing is due");
    }

    @Test
    void theTeamManagersMyWorkHasTheirAuthorisationsAndEscalationResponsesAndTheWorkersDoesNot() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(30));
        long assessment = jdbc.sql("""
                        INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, started_by, started_at, completed_on)
                        VALUES (?, ?, ?, ?, 'AWAITING_AUTHORISATION', 'Sam Social', now(), ?) RETURNING id
                        """)
                .params(r.referral(), r.child(), Date.valueOf(today.minusDays(28)), Date.valueOf(today.plusDays(10)),
                        Date.valueOf(today.minusDays(1)))
                .query(Long.class).single();
        var onPlan = journey.referredAndAllocated(today.minusDays(30));
        ChildProtectionPlan plan = journey.onAPlan(onPlan, today.minusDays(25), today.minusDays(12), "chair");
        escalations.raise(plan.id(), "Actions not done", journey.user("chair"), ProtectionJourney.API);

        List<JsonNode> manager = rows(new Api(port, "manager"));
        assertThat(about(manager, r.child(), "Authorise single assessment")).singleElement()
                .satisfies(x -> assertThat(x.get("href").asString()).isEqualTo("/assessments/" + assessment));
        assertThat(about(manager, onPlan.child(), "Respond to chair")).singleElement()
                .satisfies(x -> assertThat(x.get("href").asString()).matches("/escalations/\\d+/response"));

        List<JsonNode> social = rows(new Api(port, "social"));
        assertThat(about(social, r.child(), "Authorise single assessment")).as("the manager's to do").isEmpty();
        assertThat(about(social, onPlan.child(), "Respond to chair")).isEmpty();
        assertThat(about(rows(new Api(port, "dutymanager")), onPlan.child(), "Respond to chair"))
                .as("a team manager responds, not the duty manager").isEmpty();
    }

    @Test
    void theDutyWorkersMyWorkHasTheQueueAndTheDutyManagersTheSignOffs() {
        int awaitingDecision = jdbc.sql("SELECT count(*) FROM contact c WHERE status = 'AWAITING_DECISION' "
                + "AND EXISTS (SELECT 1 FROM contact_child cc WHERE cc.contact_id = c.id)").query(Integer.class).single();
        int awaitingSignOff = jdbc.sql("SELECT count(*) FROM contact c WHERE status = 'AWAITING_SIGN_OFF' "
                + "AND EXISTS (SELECT 1 FROM contact_child cc WHERE cc.contact_id = c.id)").query(Integer.class).single();
        assertThat(awaitingDecision).as("the demo's duty queue").isPositive();

        List<JsonNode> duty = rows(new Api(port, "duty"));
        assertThat(duty.stream().filter(x -> x.get("what").asString().equals("Decide on contact")
                || x.get("withheld").asBoolean())).hasSizeGreaterThanOrEqualTo(awaitingDecision);
        assertThat(duty).filteredOn(x -> x.get("what").asString().equals("Decide on contact"))
                .allSatisfy(x -> assertThat(x.get("href").asString()).matches("/contacts/\\d+"));
        List<JsonNode> dutyManager = rows(new Api(port, "dutymanager"));
        assertThat(dutyManager.stream().filter(x -> x.get("what").asString().equals("Sign off contact decision")
                || x.get("withheld").asBoolean()).count()).isGreaterThanOrEqualTo(awaitingSignOff);
        assertThat(duty).noneMatch(x -> x.get("what").asString().equals("Sign off contact decision"));
    }

    @Test
    void theDemosSupervisionHistoryShowsOnTeamWork() {
        LocalDate today = clock.today();
        Api.Response due = new Api(port, "manager").get("/api/v1/supervision/due");
        assertThat(due.status()).isEqualTo(200);
        for (String name : List.of("Sam Social", "Frankie Support")) {
            JsonNode worker = null;
            for (JsonNode w : due.json()) {
                if (w.get("workerName").asString().equals(name)) {
                    worker = w;
                }
            }
            assertThat(worker).as(name).isNotNull();
            assertThat(worker.path("lastHeldOn").isMissingNode() || worker.path("lastHeldOn").isNull()).as(name + " supervised").isFalse();
            assertThat(LocalDate.parse(worker.get("nextDueOn").asString())).as(name + " next due recently or soon")
                    .isAfter(today.minusMonths(2));
        }
        assertThat(PageSession.signedIn(port, "manager").get("/team-work").body()).contains("Sam Social");
    }
}
