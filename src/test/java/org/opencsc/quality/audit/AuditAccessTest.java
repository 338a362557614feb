package org.opencsc.quality.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.Accounts;
import org.opencsc.security.Role;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who reads an audit: the QA team, senior leaders, inspectors, the worker and their managers; not
 * a social worker of another team. A partner agency's auditor reads and answers only their
 * agency's questions, only on the children in their round, and only until their last day there.
 * Every reading is logged as a view of the child, every refusal as one.
 */
@IntegrationTest
class AuditAccessTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    AuditFixtures fixtures;
    Accounts accounts;
    AuditFixtures.Template t;
    AuditFixtures.Audit audit;
    long child;
    String api;

    @BeforeEach
    void anAuditWithTheCouncilsAnswers() {
        fixtures = new AuditFixtures(jdbc);
        accounts = new Accounts(jdbc);
        child = journey.referredAndAllocated(clock.today().minusDays(30)).child();
        t = fixtures.template();
        long auditor = accounts.userId("auditor");
        audit = fixtures.audit(t, child, auditor, auditor);
        api = "/api/v1/quality/audits/" + audit.id();
        assertThat(new Api(port, "auditor").put(api, """
                {"version": 0, "answers": {"%d": {"answer": "The council's own view", "evidence": []}},
                 "grades": {"%d": "GOOD"}, "overallGrade": "GOOD", "summary": "Findings for the council"}"""
                .formatted(t.plan(), t.togetherSection())).status()).isEqualTo(200);
    }

    @Test
    void theQaTeamLeadersInspectorsWorkerAndManagersReadItAndNoOneElse() {
        for (String reader : new String[] {"auditor", "leader", "inspector", "social", "manager"}) {
            Api.Response r = new Api(port, reader).get(api);
            assertThat(r.status()).as(reader).isEqualTo(200);
            assertThat(r.json().get("reading").asString()).isEqualTo("ALL");
            assertThat(r.json().at("/audit/summary").asString()).isEqualTo("Findings for the council");
        }
        assertThat(new Api(port, "social2").get(api).status()).as("a social worker of another team").isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social2").get("/quality/audits/" + audit.id()).status()).isEqualTo(403);
        assertThat(new Api(port, "family").get(api).status()).as("a colleague in the team, not the worker").isEqualTo(403);
        assertThat(logged("social2", "DENIED")).isPositive();
        assertThat(logged("leader", "VIEW")).as("every reading is a view of the child").isPositive();
        assertThat(PageSession.signedIn(port, "social2").get("/people/" + child).body()).doesNotContain("case-audit-" + audit.id());
        assertThat(PageSession.signedIn(port, "leader").get("/people/" + child).body()).contains("case-audit-" + audit.id());
    }

    @Test
    void aPartnerAuditorSeesAndAnswersOnlyTheirAgencysQuestionsUntilTheirLastDay() {
        Accounts.Account partner = accounts.expiring(Role.PARTNER_AUDITOR, null, clock.instant().plus(Duration.ofDays(30)));
        long auditor = accounts.userId("auditor");
        fixtures.partner(audit.roundId(), partner.id(), "HEALTH", clock.today().plusDays(5), auditor);
        Api health = new Api(port, partner.username());

        Api.Response read = health.get(api);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("reading").asString()).isEqualTo("PARTNER_PART");
        assertThat(absent(read.json().at("/audit/summary"))).as("no findings").isTrue();
        assertThat(absent(read.json().at("/audit/overallGrade"))).isTrue();
        assertThat(absent(read.json().at("/sections/1/grade"))).as("no grades").isTrue();
        assertThat(absent(read.json().at("/sections/1/questions/0/answer"))).as("not the council's answer").isTrue();
        assertThat(read.json().at("/sections/1/questions/1/answerable").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain("The council's own view");

        Api.Response answered = health.put(api, """
                {"version": %d, "answers": {"%d": {"answer": "GP and school nurse involved", "evidence": []}}}"""
                .formatted(fixtures.version(audit.id()), t.health()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT agency FROM audit_answer WHERE audit_id = ? AND question_id = ?").params(audit.id(), t.health())
                .query(String.class).single()).isEqualTo("HEALTH");
        Api.Response notTheirs = health.put(api, """
                {"version": %d, "answers": {"%d": {"answer": "Mine", "evidence": []}}, "overallGrade": "GOOD"}"""
                .formatted(fixtures.version(audit.id()), t.plan()));
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.json().at("/errors/0/field").asString()).isEqualTo("answers." + t.plan());
        assertThat(notTheirs.json().at("/errors/1/field").asString()).isEqualTo("overallGrade");

        PageSession page = PageSession.signedIn(port, partner.username());
        PageSession.Page shown = page.get("/quality/audits/" + audit.id());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"partner-note\"").contains("name=\"answers." + t.health() + ".answer\"")
                .doesNotContain("name=\"answers." + t.plan() + ".answer\"").doesNotContain("The council's own view")
                .doesNotContain("Findings for the council").doesNotContain("name=\"overallGrade\"");

        // A child in another round is not theirs.
        long otherChild = journey.referredAndAllocated(clock.today().minusDays(20)).child();
        long otherAudit = fixtures.audit(t, otherChild, auditor, auditor).id();
        assertThat(health.get("/api/v1/quality/audits/" + otherAudit).status()).isEqualTo(403);

        // After their last day the audit is closed to them.
        jdbc.sql("UPDATE audit_round_partner SET last_day = ? WHERE user_id = ?").params(clock.today().minusDays(1), partner.id()).update();
        assertThat(health.get(api).status()).isEqualTo(403);
        assertThat(page.get("/quality/audits/" + audit.id()).status()).isEqualTo(403);
    }

    /**
     * A partner agency's auditor is from outside the council: a people search must not tell them that
     * a child they may not open (here one of the same family name, not in their audits) is known to
     * children's social care, as "a record you cannot open" would. Council staff still see such matches.
     */
    @Test
    void aPartnerAuditorsSearchListsOnlyTheChildrenInTheirAudits() {
        Accounts.Account partner = accounts.expiring(Role.PARTNER_AUDITOR, null, clock.instant().plus(Duration.ofDays(30)));
        fixtures.partner(audit.roundId(), partner.id(), "HEALTH", clock.today().plusDays(5), accounts.userId("auditor"));
        long namesake = journey.referredAndAllocated(clock.today().minusDays(20)).child();
        jdbc.sql("""
                UPDATE person_name n SET family_name = c.family_name, family_norm = c.family_norm
                FROM person_name c WHERE c.person_id = :child AND c.kind = 'CURRENT' AND n.person_id = :namesake""")
                .param("child", child).param("namesake", namesake).update();
        jdbc.sql("UPDATE person SET family_name = (SELECT family_name FROM person WHERE id = :child) WHERE id = :namesake")
                .param("child", child).param("namesake", namesake).update();
        String family = jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(child).query(String.class).single();
        String search = "/api/v1/people?name=" + family;

        Api.Response theirs = new Api(port, partner.username()).get(search);
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.json().size()).as(theirs.body()).isEqualTo(1);
        assertThat(theirs.json().get(0).get("id").asLong()).isEqualTo(child);
        assertThat(PageSession.signedIn(port, partner.username()).get("/people/search?name=" + family).body())
                .contains("1 person found").doesNotContain("A record you cannot open");

        Api.Response staff = new Api(port, "social2").get(search);
        assertThat(staff.json().size()).as("a social worker of another team is told the records exist").isGreaterThanOrEqualTo(2);
        assertThat(staff.json().valueStream().anyMatch(m -> !m.get("canOpen").asBoolean())).as(staff.body()).isTrue();
    }

    /** Left out of the JSON, or null. */
    private static boolean absent(tools.jackson.databind.JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private long logged(String username, String action) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE username = ? AND person_id = ? AND action = ?")
                .params(username, child, action).query(Long.class).single();
    }
}
