package org.opencsc.quality.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.person.PersonService;
import org.opencsc.quality.Grade;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The QA dashboard over a team of its own: Amber's audit graded good; Bryn's graded requires
 * improvement, moderated up to good (2 of 3 grades changed); restricted Cara's graded inadequate,
 * moderated and agreed (0 of 3); Dan's not started (not counted). Two learning actions open,
 * one of them overdue, and one done.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityDashboardTest {

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

    long team;
    long amber;
    long bryn;
    long cara;
    long amberAudit;
    long brynAudit;
    long caraAudit;
    long overdueAction;
    LocalDate today;
    QualityFixtures quality;

    @AfterAll
    void removeTheAudits() {
        quality.removeAll();
    }

    @BeforeAll
    void aTeamWithAudits() {
        today = clock.today();
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        quality = new QualityFixtures(jdbc);
        String surname = TestNames.uniqueSurname() + Fixtures.uniqueSurname("q");
        team = jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, ?, 'SAFEGUARDING') RETURNING id")
                .params("Quality team " + surname, "Quality area " + surname).query(Long.class).single();
        amber = fixtures.child("Amber", surname, today.minusYears(7));
        bryn = fixtures.child("Bryn", surname, today.minusYears(5));
        cara = fixtures.child("Cara", surname, today.minusYears(3));
        long dan = fixtures.child("Dan", surname, today.minusYears(9));
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(cara).update();
        long round = quality.round(quality.template(), "Case audits " + surname, null, today.plusDays(20));
        LocalDate done = today.minusDays(10);
        amberAudit = quality.completed(round, amber, team, Grade.GOOD, done, "CHILDS_VOICE");
        brynAudit = quality.completed(round, bryn, team, Grade.REQUIRES_IMPROVEMENT, done, "CHILDS_VOICE", "CONTINGENCY_PLANNING");
        quality.moderate(brynAudit, Grade.GOOD, 3, 2, done.plusDays(1));
        caraAudit = quality.completed(round, cara, team, Grade.INADEQUATE, done);
        quality.moderate(caraAudit, null, 3, 0, done.plusDays(1));
        quality.audit(round, dan, team, null, "NOT_STARTED");
        long social = quality.userId("social");
        quality.action(brynAudit, bryn, "WORKER", social, null, today.plusDays(5), false);
        overdueAction = quality.action(brynAudit, bryn, "WORKER", social, null, today.minusDays(1), false);
        quality.action(amberAudit, amber, "WORKER", social, null, today.minusDays(2), true);
    }

    @Test
    void theFiguresUseTheModeratedGradeAndCountWhatModerationChanged() {
        JsonNode d = new Api(port, "leader").get("/api/v1/quality/dashboard?team=" + team).json();
        assertThat(d.path("completed").asLong()).isEqualTo(3);
        assertThat(d.path("moderated").asLong()).isEqualTo(2);
        assertThat(d.path("moderationRate").asInt()).isEqualTo(67);
        assertThat(d.path("gradesSeen").asLong()).isEqualTo(6);
        assertThat(d.path("gradesChanged").asLong()).isEqualTo(2);
        assertThat(d.path("changedShare").asInt()).isEqualTo(33);
        assertThat(d.path("auditsChanged").asLong()).isEqualTo(1);
        // Bryn's counts at the moderator's good, not the auditor's requires improvement.
        JsonNode overall = d.path("overall");
        assertThat(overall.path("good").asLong()).isEqualTo(2);
        assertThat(overall.path("requiresImprovement").asLong()).isZero();
        assertThat(overall.path("inadequate").asLong()).isEqualTo(1);
        assertThat(overall.path("goodOrBetterPercent").asInt()).isEqualTo(67);
        JsonNode quarter = null;
        for (JsonNode q : d.path("byQuarter")) {
            if (q.path("total").asLong() > 0) {
                quarter = q;
            }
        }
        assertThat(quarter).isNotNull();
        assertThat(quarter.path("key").asText()).isEqualTo(Quarters.keyOf(today.minusDays(10)));
        assertThat(quarter.path("good").asLong()).isEqualTo(2);
        assertThat(d.path("byTeam")).hasSize(1);
        assertThat(d.path("byTeam").get(0).path("key").asText()).isEqualTo(String.valueOf(team));
        assertThat(d.path("byTheme").get(0).path("key").asText()).isEqualTo("none");
        assertThat(d.path("themesFound").get(0).path("theme").asText()).isEqualTo("CHILDS_VOICE");
        assertThat(d.path("themesFound").get(0).path("audits").asLong()).isEqualTo(2);
        assertThat(d.path("learningActions").path("open").asLong()).isEqualTo(2);
        assertThat(d.path("learningActions").path("overdue").asLong()).isEqualTo(1);

        // The page shows the same, in tables.
        String page = PageSession.signedIn(port, "auditor").get("/quality?team=" + team).body();
        assertThat(page).contains("id=\"completed-value\"").contains("67% (2 of 3 moderated)")
                .contains("33% (2 of 6 grades)").contains("id=\"by-quarter\"").contains("id=\"by-team\"")
                .contains("id=\"found-CHILDS_VOICE\"").contains("1 overdue");
    }

    @Test
    void aFigureDrillsDownToTheAuditsBehindItAndARestrictedChildIsNotNamed() {
        PageSession leader = PageSession.signedIn(port, "leader");
        String good = leader.get("/quality/dashboard/audits?team=" + team + "&grade=GOOD").body();
        assertThat(good).contains("href=\"/quality/audits/" + amberAudit + "\"").contains("href=\"/quality/audits/" + brynAudit + "\"")
                .doesNotContain("/quality/audits/" + caraAudit + "\"");
        String changed = leader.get("/quality/dashboard/audits?team=" + team + "&changed=true").body();
        assertThat(changed).contains("href=\"/quality/audits/" + brynAudit + "\"").doesNotContain("/quality/audits/" + amberAudit + "\"")
                .contains("2 of 3 grades changed");

        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
        String inadequate = leader.get("/quality/dashboard/audits?team=" + team + "&grade=INADEQUATE").body();
        assertThat(inadequate).doesNotContain("Cara").doesNotContain("/quality/audits/" + caraAudit + "\"")
                .contains("1 more audit of 1 child whose records you cannot open is counted here");
        List<Long[]> logged = new ArrayList<>();
        jdbc.sql("SELECT listed, unseen FROM access_log WHERE username = 'leader' AND action = 'SEARCH' "
                        + "AND path = '/quality/dashboard/audits' AND id > :before ORDER BY id DESC LIMIT 1").param("before", before)
                .query(rs -> {
                    logged.add((Long[]) rs.getArray("listed").getArray());
                    logged.add((Long[]) rs.getArray("unseen").getArray());
                });
        assertThat(logged.get(0)).isEmpty();
        assertThat(logged.get(1)).containsExactly(cara);

        String overdue = leader.get("/quality/dashboard/learning-actions?team=" + team + "&overdue=true").body();
        assertThat(overdue).contains("href=\"/quality/learning-actions/" + overdueAction + "\"").contains("Overdue");
    }

    @Test
    void aBadFilterIsNamedNeverA500() {
        PageSession leader = PageSession.signedIn(port, "leader");
        PageSession.Page bad = leader.get("/quality?from=2026-02-30");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("govuk-error-summary").contains("href=\"#from\"");
        assertThat(leader.get("/quality/dashboard/audits?grade=BRILLIANT").body()).contains("href=\"#grade\"");
        // A round theme that does not exist is named too, not listed as "0 audits" under it.
        assertThat(leader.get("/quality/dashboard/audits?theme=NOPE").body()).contains("href=\"#theme\"");
        assertThat(leader.get("/quality/dashboard/audits?theme=SEEN_ALONE").body()).doesNotContain("href=\"#theme\"");
        assertThat(leader.get("/quality/dashboard/audits?theme=none").body()).doesNotContain("href=\"#theme\"");
        Api.Response api = new Api(port, "leader").get("/api/v1/quality/dashboard?team=North");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"team\"");
    }

    @Test
    void workersAreRefusedAndManagersSeeOnlyTheirOwnTeams() {
        assertThat(PageSession.signedIn(port, "social").get("/quality").status()).isEqualTo(403);
        assertThat(new Api(port, "social").get("/api/v1/quality/dashboard").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social").get("/quality/dashboard/audits").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "leader").get("/quality").status()).isEqualTo(200);
        assertThat(PageSession.signedIn(port, "inspector").get("/quality").status()).isEqualTo(200);
        // The North manager's own teams are Locality North's; this test's team is not one of them.
        PageSession.Page manager = PageSession.signedIn(port, "manager").get("/quality");
        assertThat(manager.status()).isEqualTo(200);
        assertThat(manager.body()).contains("Safeguarding team North").doesNotContain("Quality team ");
        assertThat(PageSession.signedIn(port, "manager").get("/quality?team=" + team).body()).contains("href=\"#team\"")
                .contains("your own teams only");
        assertThat(new Api(port, "manager").get("/api/v1/quality/dashboard?team=all").status()).isEqualTo(400);
        assertThat(PageSession.signedIn(port, "leader").get("/").body()).contains("href=\"/quality\"");
        assertThat(PageSession.signedIn(port, "social").get("/my-work").body()).doesNotContain("href=\"/quality\"");
    }

    @Test
    void theAuditGradesAppearOnThePerformanceDashboards() {
        JsonNode figure = new Api(port, "leader").get("/api/v1/performance/figures/audits-good-or-better?team=" + team).json();
        assertThat(figure.path("figure").path("count").asLong()).isEqualTo(3);
        assertThat(figure.path("figure").path("met").asLong()).isEqualTo(2);
        JsonNode changed = new Api(port, "leader").get("/api/v1/performance/figures/audit-grades-changed-at-moderation?team=" + team).json();
        assertThat(changed.path("figure").path("count").asLong()).isEqualTo(2);
        assertThat(changed.path("figure").path("met").asLong()).isEqualTo(1);
        String page = PageSession.signedIn(port, "leader").get("/performance?team=" + team).body();
        assertThat(page).contains("id=\"group-quality-of-practice\"").contains("id=\"audits-good-or-better-value\"");
        String drill = PageSession.signedIn(port, "leader").get("/performance/figures/audits-good-or-better?team=" + team).body();
        assertThat(drill).contains("href=\"/people/" + amber + "\"").contains("href=\"/people/" + bryn + "\"")
                .doesNotContain("Cara").contains("Good at moderation");
    }
}
