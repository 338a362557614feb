package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My work" and "team work": every feature's due items for the caseload, oldest first, late ones flagged. */
@IntegrationTest
class DueWorkTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void anOverdueConferenceShowsOnTheWorkersListAndTheTeamsWithHowLateItIs() {
        LocalDate discussion = clock.today().minusDays(40);
        var child = journey.referredAndAllocated(discussion.minusDays(2));
        long enquiry = journey.s47Started(child, discussion);
        LocalDate due = jdbc.sql("SELECT icpc_due_on FROM s47_enquiry WHERE id = ?").params(enquiry).query(LocalDate.class).single();

        JsonNode mine = new Api(port, "social").get("/api/v1/work/mine").json();
        JsonNode item = itemFor(mine, child.child(), "Initial child protection conference");
        assertThat(item).as("the worker's list has the conference").isNotNull();
        assertThat(item.get("dueOn").asString()).isEqualTo(due.toString());
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("workingDaysOverdue").asInt()).isEqualTo(calendar.workingDaysBetween(due, clock.today()));
        assertThat(mine.get("overdue").asLong()).isPositive();
        assertOldestFirst(mine);

        JsonNode team = new Api(port, "manager").get("/api/v1/work/team").json();
        assertThat(itemFor(team, child.child(), "Initial child protection conference").get("workerName").asString()).isEqualTo("Sam Social");
        assertOldestFirst(team);

        JsonNode overdueOnly = new Api(port, "manager").get("/api/v1/work/team?show=overdue").json();
        assertThat(itemFor(overdueOnly, child.child(), "Initial child protection conference")).isNotNull();
        assertThat(overdueOnly.get("rows")).allSatisfy(r -> assertThat(r.get("overdue").asBoolean()).isTrue());
        assertThat(overdueOnly.get("rows").size()).isLessThan(team.get("rows").size());

        assertThat(itemFor(new Api(port, "social2").get("/api/v1/work/mine").json(), child.child(), "Initial child protection conference"))
                .as("another team's worker does not get it").isNull();
    }

    @Test
    void teamWorkIsForManagersAndOnlyForTeamsInTheirServiceArea() {
        assertThat(new Api(port, "social").get("/api/v1/work/team").status()).isEqualTo(403);
        long south = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team South'").query(Long.class).single();
        var response = new Api(port, "manager").get("/api/v1/work/team?teamId=" + south);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(new Api(port, "admin").get("/api/v1/work/mine").status()).as("an administrator holds no cases").isEqualTo(403);
    }

    @Test
    void thePagesListTheDueWork() {
        LocalDate discussion = clock.today().minusDays(30);
        var child = journey.referredAndAllocated(discussion.minusDays(1));
        journey.s47Started(child, discussion);
        String name = jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").params(child.child())
                .query(String.class).single();

        var home = PageSession.signedIn(port, "social").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Due and overdue, oldest first").contains(name).contains("Overdue by");

        var teamPage = PageSession.signedIn(port, "manager").get("/team-work");
        assertThat(teamPage.status()).isEqualTo(200);
        assertThat(teamPage.body()).contains("Safeguarding team North").contains(name).contains("Sam Social").contains("By worker");
        var overduePage = PageSession.signedIn(port, "manager").get("/team-work?show=overdue");
        assertThat(overduePage.body()).contains("Overdue, oldest first").contains(name).doesNotContain("govuk-tag--yellow\">Due soon");
        assertThat(PageSession.signedIn(port, "social").get("/team-work").status()).isEqualTo(403);
    }

    private static JsonNode itemFor(JsonNode list, long personId, String what) {
        for (JsonNode row : list.get("rows")) {
            // A restricted child's row (another test's) comes without the person: skip it.
            if (row.hasNonNull("personId") && row.get("personId").asLong() == personId && row.get("what").asString().equals(what)) {
                return row;
            }
        }
        return null;
    }

    private static void assertOldestFirst(JsonNode list) {
        List<LocalDate> due = new ArrayList<>();
        list.get("rows").forEach(r -> due.add(LocalDate.parse(r.get("dueOn").asString())));
        assertThat(due).isSorted();
    }
}
