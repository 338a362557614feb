package org.opencsc.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard, a figure's children and the API over a team of its own (PerformanceDataset):
 * the counts include every child, the names only those the viewer may open.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformancePagesTest {

    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    PerformanceDataset data;

    @BeforeAll
    void aTeamWithContacts() {
        data = new PerformanceDataset(new Fixtures(people, users, jdbc), jdbc, clock.today());
    }

    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*(\\d+)").matcher(page);
        assertThat(m.find()).as("figure %s on the page", id).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theDashboardCountsEveryChildTheTeamHeld() {
        PageSession.Page page = PageSession.signedIn(port, "leader").get("/performance?team=" + data.team);
        assertThat(page.status()).isEqualTo(200);
        // Amber's two contacts, Bryn's and restricted Cara's: 4; Dan's is the council's, not the team's.
        assertThat(figure(page.body(), "contacts-value")).isEqualTo(4);
        assertThat(page.body()).contains("id=\"figures-as-at\"").contains("Figures as at ")
                .contains("href=\"/performance/figures/contacts?from=" + data.today.minusMonths(12).plusDays(1) + "&amp;to="
                        + data.today + "&amp;team=" + data.team + "\"")
                .contains("<svg").contains("aria-hidden=\"true\"")
                .contains(data.teamName);
        assertThat(page.isChecked("team", String.valueOf(data.team))).isTrue();
        // The children's progress section comes first, whatever figures there are.
        assertThat(page.body().indexOf("Children’s progress") < 0 || page.body().indexOf("Children’s progress")
                < page.body().indexOf("id=\"group-front-door\"")).isTrue();
    }

    @Test
    void aBadFilterIsShownWithWhatWasTypedNeverA500() {
        PageSession leader = PageSession.signedIn(port, "leader");
        PageSession.Page notADate = leader.get("/performance?from=2026-02-30&to=" + data.today);
        assertThat(notADate.status()).isEqualTo(200);
        assertThat(notADate.body()).contains("govuk-error-summary").contains("href=\"#from\"")
                .doesNotContain("id=\"contacts-value\"");
        assertThat(notADate.inputValue("from")).isEqualTo("2026-02-30");

        PageSession.Page future = leader.get("/performance?to=" + data.today.plusDays(1));
        assertThat(future.body()).contains("href=\"#to\"").contains("must end today or earlier");

        PageSession.Page unknownTeam = leader.get("/performance?team=987654321");
        assertThat(unknownTeam.status()).isEqualTo(200);
        assertThat(unknownTeam.body()).contains("href=\"#team\"").contains("There is no team 987654321");

        PageSession.Page notATeam = leader.get("/performance?team=North");
        assertThat(notATeam.body()).contains("href=\"#team\"");
        PageSession.Page badMet = leader.get("/performance/figures/contacts?met=maybe");
        assertThat(badMet.status()).isEqualTo(200);
        assertThat(badMet.body()).contains("href=\"#met\"");
        PageSession.Page badBucket = leader.get("/performance/figures/contacts?team=" + data.team + "&bucket=1999-01");
        assertThat(badBucket.body()).contains("href=\"#bucket\"");
        assertThat(leader.get("/performance/figures/no-such-figure").status()).isEqualTo(404);
    }

    @Test
    void eachRoleOpensOnItsUsualView() {
        // The leader: the whole council.
        assertThat(PageSession.signedIn(port, "leader").get("/performance").body())
                .contains("id=\"figures-teams\">the whole council<");
        // A team manager: the teams of their service area (Locality North), not the team of this test.
        String manager = PageSession.signedIn(port, "manager").get("/performance").body();
        Matcher teams = Pattern.compile("id=\"figures-teams\">([^<]*)<").matcher(manager);
        assertThat(teams.find()).isTrue();
        assertThat(teams.group(1)).contains("Safeguarding team North").doesNotContain("Safeguarding team South")
                .doesNotContain(data.teamName);
        // A social worker: their own team.
        String social = PageSession.signedIn(port, "social").get("/performance").body();
        Matcher own = Pattern.compile("id=\"figures-teams\">([^<]*)<").matcher(social);
        assertThat(own.find()).isTrue();
        assertThat(own.group(1)).contains("Safeguarding team North").doesNotContain("South");
    }

    @Test
    void contactOfficersAndAdministratorsAreRefused() {
        assertThat(PageSession.signedIn(port, "contact").get("/performance").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "admin").get("/performance").status()).isEqualTo(403);
        assertThat(new Api(port, "contact").get("/api/v1/performance/figures").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "contact").get("/").body()).doesNotContain("href=\"/performance\"");
        assertThat(PageSession.signedIn(port, "social").get("/my-work").body()).contains("href=\"/performance\"");
    }

    @Test
    void theDrillDownNamesOnlyTheChildrenTheViewerMayOpen() {
        String query = "/performance/figures/contacts?team=" + data.team;
        String leader = PageSession.signedIn(port, "leader").get(query).body();
        assertThat(leader).contains("href=\"/people/" + data.amber + "\"").contains("href=\"/people/" + data.bryn + "\"")
                .doesNotContain("/people/" + data.cara + "\"").doesNotContain("Cara")
                .doesNotContain("/people/" + data.dan + "\"")
                .contains("1 more child you cannot open is counted here");
        // The social worker holds none of them: nobody is named, all three are counted.
        String social = PageSession.signedIn(port, "social").get(query).body();
        assertThat(social).doesNotContain("Amber").doesNotContain("Bryn").doesNotContain("Cara")
                .contains("3 more children you cannot open are counted here (4 rows)");
        // The manager named on Cara's restricted record sees her, and not the others (another service area).
        String manager = PageSession.signedIn(port, "manager").get(query).body();
        assertThat(manager).contains("href=\"/people/" + data.cara + "\"").doesNotContain("Amber")
                .contains("2 more children you cannot open are counted here (3 rows)");
    }

    @Test
    void theDrillDownOfABucketListsItsRowsAndIsInTheAccessLog() {
        YearMonth older = YearMonth.from(data.today.minusDays(40));
        String page = PageSession.signedIn(port, "leader")
                .get("/performance/figures/contacts?team=" + data.team + "&bucket=" + older).body();
        // The month of the contact 40 days ago holds Amber's; the other three were 10 days ago, in that month too or not.
        boolean sameMonth = YearMonth.from(data.today.minusDays(10)).equals(older);
        assertThat(page).contains("href=\"/people/" + data.amber + "\"");
        assertThat(page.contains("href=\"/people/" + data.bryn + "\"")).isEqualTo(sameMonth);
        assertThat(PageSession.signedIn(port, "leader").get("/performance/figures/contacts?team=" + data.team + "&met=false")
                .body()).contains("id=\"no-rows\"");

        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
        PageSession.signedIn(port, "inspector").get("/performance/figures/contacts?team=" + data.team);
        List<Long[]> logged = new ArrayList<>();
        jdbc.sql("SELECT listed, unseen FROM access_log WHERE username = 'inspector' AND action = 'SEARCH' "
                        + "AND path = '/performance/figures/contacts' AND id > " + before + " ORDER BY id DESC LIMIT 1")
                .query(rs -> {
                    logged.add((Long[]) rs.getArray("listed").getArray());
                    logged.add((Long[]) rs.getArray("unseen").getArray());
                });
        assertThat(logged.get(0)).containsExactlyInAnyOrder(data.amber, data.bryn);
        assertThat(logged.get(1)).containsExactly(data.cara);
        PageSession.signedIn(port, "inspector").get("/performance?team=" + data.team);
        assertThat(jdbc.sql("SELECT search_terms FROM access_log WHERE username = 'inspector' AND action = 'SEARCH' "
                        + "AND path = '/performance' AND id > :before ORDER BY id DESC LIMIT 1").param("before", before)
                .query(String.class).single())
                .contains("Performance dashboard").contains(String.valueOf(data.team));
    }

    @Test
    void theApiGivesTheFiguresAndTheRowsTheCallerMayOpen() {
        Api leader = new Api(port, "leader");
        JsonNode all = leader.get("/api/v1/performance/figures?team=" + data.team).json();
        JsonNode contacts = null;
        for (JsonNode f : all.path("figures")) {
            if (f.path("key").asText().equals("contacts")) {
                contacts = f;
            }
        }
        assertThat(contacts).isNotNull();
        assertThat(contacts.path("count").asLong()).isEqualTo(4);
        assertThat(contacts.path("isShare").asBoolean()).isFalse();
        assertThat(contacts.path("share").isNull() || contacts.path("share").isMissingNode()).as("no share for a count").isTrue();
        assertThat(all.path("teams").get(0).asLong()).isEqualTo(data.team);

        Api.Response one = leader.get("/api/v1/performance/figures/contacts?team=" + data.team);
        assertThat(one.status()).isEqualTo(200);
        JsonNode detail = one.json();
        assertThat(detail.path("matched").asLong()).isEqualTo(4);
        assertThat(detail.path("withheld").asLong()).isEqualTo(1);
        assertThat(detail.path("withheldChildren").asLong()).isEqualTo(1);
        List<Long> ids = new ArrayList<>();
        detail.path("rows").forEach(r -> ids.add(r.path("personId").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(data.amber, data.amber, data.bryn);

        JsonNode council = leader.get("/api/v1/performance/figures/contacts?team=all").json();
        List<Long> councilIds = new ArrayList<>();
        council.path("rows").forEach(r -> councilIds.add(r.path("personId").asLong()));
        assertThat(councilIds).contains(data.dan).doesNotContain(data.cara);
    }

    @Test
    void theApiAnswersBadFiltersWith400NamingTheParameterAndUnknownFiguresWith404() {
        Api leader = new Api(port, "leader");
        assertField(leader.get("/api/v1/performance/figures?from=2026-13-01"), "from");
        assertField(leader.get("/api/v1/performance/figures?to=" + clock.today().plusDays(1)), "to");
        assertField(leader.get("/api/v1/performance/figures?team=abc"), "team");
        assertField(leader.get("/api/v1/performance/figures?team=987654321"), "team");
        assertField(leader.get("/api/v1/performance/figures/contacts?met=yes"), "met");
        assertField(leader.get("/api/v1/performance/figures/contacts?bucket=nope"), "bucket");
        assertField(leader.get("/api/v1/performance/figures/%25"), "key");
        Api.Response unknown = leader.get("/api/v1/performance/figures/no-such-figure");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
    }

    private static void assertField(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
