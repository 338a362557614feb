package org.opencsc.returns.census.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.RecordRestriction;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.security.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Census problems all year round: a child whose record the census cannot take (here: no
 * ethnicity, which the schema requires and the export never invents) is the allocated worker's
 * due work and a panel on the record until the record is fixed, and then neither.
 */
@IntegrationTest
class CensusQualityTest {

    private static final java.util.function.Predicate<JsonNode> NO_ETHNICITY =
            item -> item.get("what").asString().equals("Census: no ethnicity is recorded");

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CensusReadiness readiness;
    @Autowired
    CensusQuality quality;
    @LocalServerPort
    int port;

    @Test
    void aCensusProblemIsTheWorkersDueWorkUntilTheDataIsFixed() {
        var child = completeChild();
        assertThat(censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child()))
                .as("with an ethnicity recorded").noneMatch(NO_ETHNICITY);

        jdbc.sql("UPDATE person SET ethnicity = NULL WHERE id = ?").params(child.child()).update();

        List<JsonNode> items = censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child())
                .stream().filter(NO_ETHNICITY).toList();
        assertThat(items).as("the allocated worker's due work").hasSize(1);
        assertThat(items.getFirst().get("href").asString()).isEqualTo("/people/" + child.child() + "/census-details");
        assertThat(items.getFirst().get("dueOn").asString())
                .as("due by the year's reference date").isEqualTo(CensusYear.containing(clock.today()).referenceDate().toString());
        assertThat(censusItems(new Api(port, "manager").get("/api/v1/work/team").json(), child.child()))
                .as("and on the team's").anyMatch(NO_ETHNICITY);
        assertThat(censusItems(new Api(port, "social2").get("/api/v1/work/mine").json(), child.child()))
                .as("not another team's worker's").isEmpty();

        jdbc.sql("UPDATE person SET ethnicity = 'WBRI' WHERE id = ?").params(child.child()).update();

        assertThat(censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child()))
                .as("fixed: the item is gone").noneMatch(NO_ETHNICITY);
    }

    @Test
    void theRecordShowsItsCensusProblemsToThoseWhoMayOpenItAndNothingWhenThereAreNone() {
        var child = completeChild();
        String path = "/people/" + child.child();
        assertThat(PageSession.signedIn(port, "social").get(path).body()).doesNotContain("no ethnicity is recorded");

        jdbc.sql("UPDATE person SET ethnicity = NULL WHERE id = ?").params(child.child()).update();

        PageSession.Page page = PageSession.signedIn(port, "social").get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Census problems").contains("no ethnicity is recorded")
                .contains("href=\"/people/" + child.child() + "/census-details\"");
        assertThat(PageSession.signedIn(port, "family").get(path).body()).as("a colleague in the team").contains("no ethnicity is recorded");

        restriction.restrict(child.child(), List.of(), "Child of a member of staff", users.findByUsername("manager").orElseThrow());

        PageSession.Page refused = PageSession.signedIn(port, "family").get(path);
        assertThat(refused.status()).as("not named on the restricted record").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Census problems").doesNotContain("ethnicity").doesNotContain("census-details");
        assertThat(PageSession.signedIn(port, "social").get(path).body()).as("the allocated worker still").contains("no ethnicity is recorded");
    }

    @Test
    void teamWorkCountsTheTeamsCensusErrorsAndListsThem() {
        var child = completeChild();
        long north = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        long before = errorCount(PageSession.signedIn(port, "manager").get("/team-work?teamId=" + north).body());
        long childsErrors = errorsOf(child.child());

        jdbc.sql("UPDATE person SET ethnicity = NULL WHERE id = ?").params(child.child()).update();

        String page = PageSession.signedIn(port, "manager").get("/team-work?teamId=" + north).body();
        // Unexportable, the child is one error in place of whatever the rules found in their record.
        assertThat(errorCount(page)).as("the child's errors are now one").isEqualTo(before - childsErrors + 1);
        assertThat(page).contains("href=\"/returns/cin-census/team-problems?teamId=" + north + "\"");
        assertThat(page).as("and per worker").contains(">Census errors</th>");
        PageSession.Page list = PageSession.signedIn(port, "manager").get("/returns/cin-census/team-problems?teamId=" + north);
        assertThat(list.status()).isEqualTo(200);
        String surname = jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(child.child()).query(String.class).single();
        assertThat(list.body()).contains(surname).contains("href=\"/people/" + child.child() + "/census-details\"");
        assertThat(PageSession.signedIn(port, "social").get("/returns/cin-census/team-problems?teamId=" + north).status())
                .as("the list is the manager's, as Team work is").isEqualTo(403);
        long south = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team South'").query(Long.class).single();
        assertThat(PageSession.signedIn(port, "manager").get("/returns/cin-census/team-problems?teamId=" + south).status())
                .as("another service area's team").isEqualTo(404);
    }

    @Test
    void theReadinessCountsEachChildByRuleAndTeamAndIsForTheSeniorLeaderAndTheDataOfficer() {
        var child = completeChild();
        CensusYear year = CensusYear.containing(clock.today());
        Readiness before = readiness.compute(year);
        long childsErrors = errorsOf(child.child());

        jdbc.sql("UPDATE person SET ethnicity = NULL WHERE id = ?").params(child.child()).update();

        Readiness after = readiness.compute(year);
        assertThat(after.children()).as("the child is still in the census").isEqualTo(before.children());
        assertThat(after.errors()).isEqualTo(before.errors() - childsErrors + 1);
        assertThat(problemsOf(after, ChildProblem.UNEXPORTABLE)).isEqualTo(problemsOf(before, ChildProblem.UNEXPORTABLE) + 1);
        assertThat(errorsOf(after, "Safeguarding team North")).isEqualTo(errorsOf(before, "Safeguarding team North") - childsErrors + 1);
        assertThat(after.byTeam().stream().mapToLong(Readiness.ByTeam::children).sum()).isEqualTo(after.children());

        long logged = jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'leader' AND path = '/returns/cin-census/readiness'")
                .query(Long.class).single();
        PageSession.Page page = PageSession.signedIn(port, "leader").get("/returns/cin-census/readiness");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Census readiness").contains("as of ").contains("id=\"by-rule\"").contains("id=\"by-team\"")
                .contains("Safeguarding team North");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'leader' AND path = '/returns/cin-census/readiness'")
                .query(Long.class).single()).as("the reading is logged").isEqualTo(logged + 1);
        assertThat(PageSession.signedIn(port, "leader").get("/").body()).contains("href=\"/returns/cin-census/readiness\"");
        assertThat(PageSession.signedIn(port, "dataofficer").get("/returns/cin-census/readiness").status()).isEqualTo(200);
        assertThat(PageSession.signedIn(port, "dataofficer").get("/").body()).contains("href=\"/returns/cin-census/readiness\"");
        assertThat(PageSession.signedIn(port, "social").get("/returns/cin-census/readiness").status()).isEqualTo(403);
    }

    private long errorsOf(long child) {
        return quality.forChild(child).stream().filter(ChildProblem::error).count();
    }

    private static long errorCount(String teamWork) {
        var m = java.util.regex.Pattern.compile("id=\"census-errors-count\">(\\d+)<").matcher(teamWork);
        assertThat(m.find()).as("Team work shows the census errors").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long problemsOf(Readiness r, String code) {
        return r.byRule().stream().filter(b -> b.code().equals(code)).mapToLong(Readiness.ByRule::problems).sum();
    }

    private static long errorsOf(Readiness r, String team) {
        return r.byTeam().stream().filter(t -> team.equals(t.team())).mapToLong(Readiness.ByTeam::errors).sum();
    }

    /** A referred child allocated to Sam Social whose record the census takes as it is (the journey records no ethnicity). */
    private ProtectionJourney.Referred completeChild() {
        var child = journey.referredAndAllocated(clock.today().minusDays(3));
        jdbc.sql("UPDATE person SET ethnicity = 'WBRI' WHERE id = ?").params(child.child()).update();
        return child;
    }

    private static List<JsonNode> censusItems(JsonNode work, long child) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode row : work.get("rows")) {
            if (row.get("personId") != null && row.get("personId").asLong() == child && row.get("what").asString().startsWith("Census")) {
                found.add(row);
            }
        }
        return found;
    }
}
