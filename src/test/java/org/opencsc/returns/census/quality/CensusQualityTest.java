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
 * Census problems all year round: a child whose record the census cannot take (here: no date of
 * birth, which no export can write) is the allocated worker's due work and a panel on the record
 * until the record is fixed, and then neither.
 */
@IntegrationTest
class CensusQualityTest {

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
    @LocalServerPort
    int port;

    @Test
    void aCensusProblemIsTheWorkersDueWorkUntilTheDataIsFixed() {
        var child = journey.referredAndAllocated(clock.today().minusDays(3));
        assertThat(censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child()))
                .as("a child with a complete record has no census problem").isEmpty();

        jdbc.sql("UPDATE person SET date_of_birth = NULL WHERE id = ?").params(child.child()).update();

        List<JsonNode> items = censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child());
        assertThat(items).as("the allocated worker's due work").isNotEmpty();
        assertThat(items.getFirst().get("what").asString()).startsWith("Census: ").containsIgnoringCase("date of birth");
        assertThat(items.getFirst().get("href").asString()).isEqualTo("/people/" + child.child() + "/census-details");
        assertThat(items.getFirst().get("dueOn").asString())
                .as("due by the year's reference date").isEqualTo(CensusYear.containing(clock.today()).referenceDate().toString());
        assertThat(censusItems(new Api(port, "manager").get("/api/v1/work/team").json(), child.child()))
                .as("and on the team's").isNotEmpty();
        assertThat(censusItems(new Api(port, "social2").get("/api/v1/work/mine").json(), child.child()))
                .as("not another team's worker's").isEmpty();

        jdbc.sql("UPDATE person SET date_of_birth = DATE '2016-03-03' WHERE id = ?").params(child.child()).update();

        assertThat(censusItems(new Api(port, "social").get("/api/v1/work/mine").json(), child.child()))
                .as("fixed: the item is gone").isEmpty();
    }

    @Test
    void theRecordShowsItsCensusProblemsToThoseWhoMayOpenItAndNothingWhenThereAreNone() {
        var child = journey.referredAndAllocated(clock.today().minusDays(3));
        String path = "/people/" + child.child();
        assertThat(PageSession.signedIn(port, "social").get(path).body()).doesNotContain("Census problems");

        jdbc.sql("UPDATE person SET date_of_birth = NULL WHERE id = ?").params(child.child()).update();

        PageSession.Page page = PageSession.signedIn(port, "social").get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Census problems").contains("href=\"/people/" + child.child() + "/census-details\"");
        assertThat(PageSession.signedIn(port, "family").get(path).body()).as("a colleague in the team").contains("Census problems");

        restriction.restrict(child.child(), List.of(), "Child of a member of staff", users.findByUsername("manager").orElseThrow());

        PageSession.Page refused = PageSession.signedIn(port, "family").get(path);
        assertThat(refused.status()).as("not named on the restricted record").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Census problems").doesNotContain("census-details");
        assertThat(PageSession.signedIn(port, "social").get(path).body()).as("the allocated worker still").contains("Census problems");
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
