package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * Every workforce figure on a team of its own, the answers worked out by hand from the staff below
 * (T is today in London):
 * <pre>
 *   A  social worker, case holder, permanent, started T-3y, 1.00 FTE, own limit 3, 3 children and 1 adult
 *   B  social worker, case holder, agency, started T-6m, 0.50 FTE, council limit 18 pro rata = 9, 1 child
 *   C  social worker, case holder, permanent, ASYE (qualified T-2m, started T-1m), 1.00, own limit 2, 3 children
 *   D  social worker, senior practitioner, permanent, started exactly T-1y, 1.00, no children
 *   E  leaver, case holder, permanent, started T-5y, left T-30d, 1.00 (inactive)
 *   F  leaver, case holder, left T-1y-1d (outside the 12 months), 0.80 (inactive)
 *   G  leaver, case holder, left exactly T-1y (the first day of the 12 months), 0.60 (inactive)
 *   H  team manager, first line manager, permanent, started T-10y, 1.00
 *   I  family support worker, not a social worker, started T-2y, 1.00, 1 child
 *   J  social worker, case holder, permanent, started T-2y, leaving today (left_on T: still in post), 1.00
 *   posts: case holder 5.00, senior practitioner 1.00, first line manager 1.00, not a social worker 0.50
 * </pre>
 */
@IntegrationTest
class WorkforceFiguresTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    WorkforceTeam team;
    LocalDate t;
    long a;
    long c;

    @BeforeEach
    void setUp() {
        t = clock.today();
        team = new WorkforceTeam(jdbc, "figures");
        a = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusYears(3), null, true, "1.00", 3, false, t.minusYears(4));
        long b = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "AGENCY", t.minusMonths(6), null, true, "0.50", null, false, t.minusYears(6));
        c = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusMonths(1), null, true, "1.00", 2, true, t.minusMonths(2));
        team.staff("SOCIAL_WORKER", "SENIOR_PRACTITIONER", "PERMANENT", t.minusYears(1), null, true, "1.00", null, false, t.minusYears(8));
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusYears(5), t.minusDays(30), false, "1.00", null, false, t.minusYears(6));
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusYears(4), t.minusYears(1).minusDays(1), false, "0.80", null, false, null);
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusYears(4), t.minusYears(1), false, "0.60", null, false, null);
        team.staff("TEAM_MANAGER", "FIRST_LINE_MANAGER", "PERMANENT", t.minusYears(10), null, true, "1.00", null, false, t.minusYears(15));
        long i = team.staff("FAMILY_SUPPORT_WORKER", "NOT_SOCIAL_WORKER", "PERMANENT", t.minusYears(2), null, true, "1.00", null, false, null);
        team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", t.minusYears(2), t, true, "1.00", null, false, t.minusYears(3));
        team.allocate(a, 3, true, t.minusDays(10));
        team.allocate(a, 1, false, t.minusDays(10));
        team.allocate(b, 1, true, t.minusDays(5));
        team.allocate(c, 3, true, t.minusDays(3));
        team.allocate(i, 1, true, t.minusDays(3));
        team.post("CASE_HOLDER", "5.00");
        team.post("SENIOR_PRACTITIONER", "1.00");
        team.post("FIRST_LINE_MANAGER", "1.00");
        team.post("NOT_SOCIAL_WORKER", "0.50");
    }

    private JsonNode figures() {
        Api.Response r = new Api(port, "leader").get("/api/v1/workforce/figures?team=" + team.id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void agencyShareCountsSocialWorkersInPostByHeadcountAndFte() {
        JsonNode f = figures();
        // In post and social workers: A, B, C, D, H, J = 6 (I is not a social worker; E, F, G have left). Agency: B.
        assertThat(f.at("/agencyHeadcount/count").asInt()).isEqualTo(1);
        assertThat(f.at("/agencyHeadcount/of").asInt()).isEqualTo(6);
        assertThat(f.at("/agencyHeadcount/percent").decimalValue()).isEqualByComparingTo("16.7");
        // FTE: 1 + 0.5 + 1 + 1 + 1 + 1 = 5.50, of which B's 0.50: 9.09% rounds to 9.1.
        assertThat(f.at("/agencyFte/of").decimalValue()).isEqualByComparingTo("5.50");
        assertThat(f.at("/agencyFte/fte").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(f.at("/agencyFte/percent").decimalValue()).isEqualByComparingTo("9.1");
    }

    @Test
    void serviceOverTwelveMonthsIsOfTheCouncilsOwnSocialWorkersAndAYearExactlyIsNotOver() {
        // Own (not agency) social workers in post: A, C, D, H, J = 5; started before T-1y: A, H, J (D started exactly T-1y).
        JsonNode s = figures().at("/overTwelveMonthsService");
        assertThat(s.get("count").asInt()).isEqualTo(3);
        assertThat(s.get("of").asInt()).isEqualTo(5);
        assertThat(s.get("percent").decimalValue()).isEqualByComparingTo("60.0");
    }

    @Test
    void turnoverIsTheLeaversFteOverTheFteInPostAsTheCensusCountsIt() {
        // Leavers in [T-1y, T): E (T-30d) and G (exactly T-1y); F left the day before the 12 months began.
        JsonNode turnover = figures().at("/turnover");
        assertThat(turnover.get("leavers").asInt()).isEqualTo(2);
        assertThat(turnover.get("leaversFte").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(turnover.get("inPostFte").decimalValue()).isEqualByComparingTo("5.50");
        // 1.60 / 5.50 = 29.09% -> 29.1; by headcount 2 / 6 = 33.3%.
        assertThat(turnover.get("ratePercent").decimalValue()).isEqualByComparingTo("29.1");
        assertThat(turnover.get("headcountRatePercent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(turnover.get("from").asString()).isEqualTo(t.minusYears(1).toString());
        assertThat(turnover.get("to").asString()).isEqualTo(t.minusDays(1).toString());
    }

    @Test
    void caseloadsCountChildrenNotAdultsPerWorkerAndPerTeam() {
        JsonNode f = figures();
        JsonNode workerA = find(f.get("caseloadPerWorker"), a);
        // A holds 3 children and an adult: 3.
        assertThat(workerA.get("children").asInt()).isEqualTo(3);
        assertThat(workerA.get("caseloadLimit").asInt()).isEqualTo(3);
        // Practitioners in post: A, B, C, D, I, J (H manages; leavers are out).
        assertThat(f.get("caseloadPerWorker").size()).isEqualTo(6);
        JsonNode perTeam = f.get("caseloadPerTeam").get(0);
        // 3 + 1 + 3 + 0 + 1 + 0 = 8 children; 8 / 6 = 1.33 -> 1.3; their FTE 5.50, 8 / 5.5 = 1.45 -> 1.5.
        assertThat(perTeam.get("children").asInt()).isEqualTo(8);
        assertThat(perTeam.get("practitioners").asInt()).isEqualTo(6);
        assertThat(perTeam.get("perWorker").decimalValue()).isEqualByComparingTo("1.3");
        assertThat(perTeam.get("perFte").decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void workersAtOrOverTheirLimitAndNewlyQualifiedWorkersOverTheirProtectedLimit() {
        JsonNode f = figures();
        // A: 3 of 3 (at), C: 3 of 2 (over); B holds 1 of 9 (18 pro rata for 0.5 FTE).
        assertThat(f.get("atOrOverLimit").valueStream().map(w -> w.get("workerId").asLong())).containsExactlyInAnyOrder(a, c);
        assertThat(f.get("newlyQualifiedOverLimit").valueStream().map(w -> w.get("workerId").asLong())).containsExactly(c);
        JsonNode b = f.get("caseloadPerWorker").valueStream().filter(w -> w.get("children").asInt() == 1 && w.get("caseloadLimit").asInt() == 9)
                .findFirst().orElseThrow();
        assertThat(b.get("atOrOverLimit").asBoolean()).isFalse();
    }

    @Test
    void vacanciesAreFundedLessFilledFteNeverBelowNought() {
        JsonNode f = figures();
        // Case holder: 5.00 funded, filled by A 1 + B 0.5 + C 1 + J 1 = 3.50 -> 1.50 vacant. Senior practitioner 1 - 1 (D) = 0;
        // first line manager 1 - 1 (H) = 0; not a social worker 0.50 - 1.00 (I) -> 0, not -0.50.
        assertThat(vacancy(f, "CASE_HOLDER").get("vacantFte").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(vacancy(f, "CASE_HOLDER").get("filledFte").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(vacancy(f, "SENIOR_PRACTITIONER").get("vacantFte").decimalValue()).isEqualByComparingTo("0");
        assertThat(vacancy(f, "NOT_SOCIAL_WORKER").get("vacantFte").decimalValue()).isEqualByComparingTo("0");
        assertThat(f.get("vacantFte").decimalValue()).isEqualByComparingTo("1.50");
    }

    @Test
    void theOverviewPageShowsTheSameFiguresForTheTeamChosen() {
        PageSession.Page page = PageSession.signedIn(port, "leader").get("/workforce?team=" + team.id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("1 of 6").contains("(16.7%)").contains("3 of 5").contains("29.1%").contains("1.50 FTE");
    }

    @Test
    void anUnknownTeamIsA400NamingTeamAndOnThePageAMessage() {
        Api.Response r = new Api(port, "leader").get("/api/v1/workforce/figures?team=999999999");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("team");
        PageSession.Page page = PageSession.signedIn(port, "leader").get("/workforce?team=abc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is no team with the id ‘abc’");
    }

    private static JsonNode find(JsonNode list, long workerId) {
        return list.valueStream().filter(w -> w.get("workerId").asLong() == workerId).findFirst().orElseThrow();
    }

    private static JsonNode vacancy(JsonNode f, String jobRole) {
        return f.get("vacancies").valueStream().filter(v -> v.get("jobRole").asString().equals(jobRole)).findFirst().orElseThrow();
    }
}
