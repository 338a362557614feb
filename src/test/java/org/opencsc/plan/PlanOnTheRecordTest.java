package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The child's record shows the current plan at every stage, for every role: a draft never
 * finalised, a first version finalised but not yet reviewed (the record answered 500 for both,
 * as the last review date of a plan without reviews is null), a second draft, a reviewed plan,
 * and a child protection plan's content before its first core group. Each role gets the page
 * and the API or a refusal, never a server error.
 */
@IntegrationTest
class PlanOnTheRecordTest {

    static final AccessLog.Channel API = AccessLog.Channel.API;
    /** Every demo role: those who may see a North child and those who may not (South's worker, the administrator). */
    static final List<String> ROLES = List.of("social", "family", "manager", "duty", "dutymanager", "contact", "chair",
            "legal", "auditor", "leader", "inspector", "social2", "admin");
    static final List<String> MAY_SEE = List.of("social", "family", "manager", "duty", "dutymanager", "contact", "chair",
            "legal", "auditor", "leader", "inspector");
    /** One role of each kind of scope for the API (every request pays a password check, so not all thirteen). */
    static final List<String> API_ROLES = List.of("social", "chair", "auditor", "social2", "admin");
    /** Signed in once for the class: the sign-in is not what is tested. */
    static final Map<String, PageSession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    ProtectionJourney fx;
    @Autowired
    ChildPlans plans;
    @Autowired
    PlanReviews reviews;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    LocalDate today;

    @BeforeEach
    void today() {
        today = clock.today();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft", "finalised, not reviewed", "second draft, not reviewed", "reviewed", "child protection draft"})
    void theRecordShowsTheCurrentPlanAtEveryStageToEveryRole(String stage) {
        long child;
        long plan;
        String expected;
        if (stage.equals("child protection draft")) {
            ProtectionJourney.Referred r = fx.referredAndAllocated(today.minusDays(40));
            ChildProtectionPlan cp = fx.onAPlan(r, today.minusDays(35), today.minusDays(20), "chair");
            child = r.child();
            // The conference that decided the plan started its content.
            plan = plans.listFor(child, fx.user("social"), API, "/test").getFirst().id();
            assertThat(plans.open(plan, fx.user("social"), API, "/test").plan().cpPlanId()).isEqualTo(cp.id());
            expected = "Not reviewed yet";
        } else {
            child = fx.referredAndAllocated(today.minusDays(90)).child();
            plan = plans.start(child, PlanKind.CIN, today.minusDays(60), fx.user("social"), API);
            expected = "Not reviewed yet";
            if (!stage.equals("draft")) {
                int saved = plans.saveDraft(plan, content("Kai gets to school on time"), null, fx.user("social"), API).draftVersion();
                plans.finalise(plan, saved, fx.user("social"), API);
            }
            if (stage.equals("second draft, not reviewed")) {
                int draft = plans.open(plan, fx.user("social"), API, "/test").plan().draftVersion();
                plans.saveDraft(plan, content("Kai gets to school on time every day"), draft, fx.user("social"), API);
            }
            if (stage.equals("reviewed")) {
                LocalDate held = today.minusDays(3);
                reviews.record(plan, new ReviewInput(ReviewKind.CIN_REVIEW, null, null, held, "Mum, school",
                        Map.of("o1", 5), Map.of(), "Carry on"), fx.user("social"), API);
                expected = "Last reviewed " + Dates.govuk(held);
            }
        }

        for (String role : ROLES) {
            boolean maySee = MAY_SEE.contains(role);
            PageSession.Page page = SESSIONS.computeIfAbsent(role, r -> PageSession.signedIn(port, r)).get("/people/" + child);
            assertThat(page.status()).as("record page for %s", role).isEqualTo(maySee ? 200 : 403);
            if (maySee) {
                assertThat(page.body()).as("record page for %s", role).contains("/child-plans/" + plan).contains(expected);
            }
        }
        for (String role : API_ROLES) {
            boolean maySee = MAY_SEE.contains(role);
            Api api = new Api(port, role);
            for (String path : List.of("/api/v1/people/" + child, "/api/v1/children/" + child + "/chronology",
                    "/api/v1/child-plans/" + plan + "/content", "/api/v1/child-plans/" + plan + "/versions",
                    "/api/v1/child-plans/" + plan + "/reviews", "/api/v1/child-plans/" + plan + "/progress")) {
                Api.Response r = api.get(path);
                assertThat(r.status()).as("%s for %s: %s", path, role, r.body()).isEqualTo(maySee ? 200 : 403);
            }
        }
    }

    private PlanContent content(String outcome) {
        return new PlanContent(List.of(new PlanContent.Need("n1", "Kai needs to be in school",
                List.of(new PlanContent.Outcome("o1", outcome, "Misses most mornings", "In class by 8:50", 3)),
                List.of(new PlanContent.Action("a1", "o1", "Walk Kai to school", "Mum", today.plusDays(14), null)))),
                "I want to play football before school", "Legal planning meeting if no change by March");
    }
}
