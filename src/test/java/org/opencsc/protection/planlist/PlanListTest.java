package org.opencsc.protection.planlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlanListTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** A child on a plan that started on {@code conference} (backdated). */
    private ChildProtectionPlan planFrom(LocalDate conference) {
        var r = fx.referredAndAllocated(conference.minusDays(20));
        return fx.onAPlan(r, conference.minusDays(15), conference, "chair");
    }

    private List<Long> planIds(Api api, String list) {
        Api.Response response = api.get("/api/v1/plans?list=" + list);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(p -> ids.add(p.get("planId").asLong()));
        return ids;
    }

    private JsonNode entry(Api api, long planId) {
        for (JsonNode p : api.get("/api/v1/plans?list=all").json()) {
            if (p.get("planId").asLong() == planId) {
                return p;
            }
        }
        throw new AssertionError("Plan " + planId + " is not listed");
    }

    @Test
    void plansOpen12MonthsOrMoreGoToThePanelAndPlansOverTwoYearsAndRepeatPlansAreFlagged() {
        LocalDate today = clock.today();
        ChildProtectionPlan overTwoYears = planFrom(today.minusYears(2).minusMonths(1));
        ChildProtectionPlan thirteenMonths = planFrom(today.minusMonths(13));
        ChildProtectionPlan recent = planFrom(today.minusMonths(2));
        // A repeat plan: the first plan ended 10 months ago, the second started 2 months ago.
        var r = fx.referredAndAllocated(today.minusMonths(21));
        ChildProtectionPlan first = fx.onAPlan(r, today.minusMonths(20).minusDays(15), today.minusMonths(20), "chair");
        reviews.record(ProtectionJourney.reviewConference(first.id(), today.minusMonths(10), ReviewDecision.END_PLAN, null),
                fx.user("chair"), API);
        ChildProtectionPlan repeat = fx.onAPlan(r, today.minusMonths(2).minusDays(15), today.minusMonths(2), "chair");
        assertThat(repeat.repeatPlan()).isTrue();

        Api leader = new Api(port, "leader");
        assertThat(planIds(leader, "panel")).contains(overTwoYears.id(), thirteenMonths.id())
                .doesNotContain(recent.id(), repeat.id(), first.id());
        assertThat(planIds(leader, "over-two-years")).contains(overTwoYears.id())
                .doesNotContain(thirteenMonths.id(), recent.id(), repeat.id());
        assertThat(planIds(leader, "repeat")).contains(repeat.id()).doesNotContain(overTwoYears.id(), recent.id());
        assertThat(planIds(leader, "all")).contains(overTwoYears.id(), thirteenMonths.id(), recent.id(), repeat.id())
                .doesNotContain(first.id());

        JsonNode longest = entry(leader, overTwoYears.id());
        assertThat(longest.get("twelveMonthPanel").asBoolean()).isTrue();
        assertThat(longest.get("overTwoYears").asBoolean()).isTrue();
        assertThat(longest.get("duration").asString()).isEqualTo("2 years 1 month");
        JsonNode newer = entry(leader, recent.id());
        assertThat(newer.get("twelveMonthPanel").asBoolean()).isFalse();
        assertThat(newer.get("nextCoreGroupDueOn").asString()).isEqualTo(recent.nextCoreGroupDueOn().toString());
        assertThat(newer.get("nextReviewDueOn").asString()).isEqualTo(recent.nextReviewDueOn().toString());

        String page = PageSession.signedIn(port, "manager").get("/protection/plans?list=over-two-years").body();
        assertThat(page).contains("id=\"plan-" + overTwoYears.id() + "\"").contains("12-month panel")
                .contains("Over 2 years").contains("Overdue")
                .doesNotContain("id=\"plan-" + recent.id() + "\"")
                .contains("href=\"/protection/plans?list=panel\"").contains("href=\"/protection/plans?list=repeat\"");
    }

    @Test
    void listsRespectWhoMaySeeTheChild() {
        ChildProtectionPlan restricted = planFrom(clock.today().minusMonths(14));
        ChildProtectionPlan open = planFrom(clock.today().minusMonths(14));
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(restricted.personId()).update();
        assertThat(planIds(new Api(port, "leader"), "panel")).contains(open.id()).doesNotContain(restricted.id());
        assertThat(planIds(new Api(port, "manager"), "panel")).contains(open.id()).doesNotContain(restricted.id());
        assertThat(new Api(port, "social").get("/api/v1/plans").status()).isEqualTo(403);
        assertThat(new Api(port, "dutymanager").get("/api/v1/plans").status()).isEqualTo(403);
        assertThat(new Api(port, "leader").get("/api/v1/plans?list=forgotten").status()).isEqualTo(400);
        assertThat(PageSession.signedIn(port, "social").get("/protection/plans").status()).isEqualTo(403);
    }
}
