package org.opencsc.quality.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
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
import tools.jackson.databind.JsonNode;

/** Every refusal of completion and moderation, over the API (problem+json naming the field) and the pages; stale saves. */
@IntegrationTest
class AuditRefusalsTest {

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
    long child;
    long id;
    String api;

    @BeforeEach
    void anAuditLedByTheDemoAuditor() {
        fixtures = new AuditFixtures(jdbc);
        accounts = new Accounts(jdbc);
        child = journey.referredAndAllocated(clock.today().minusDays(30)).child();
        t = fixtures.template();
        long auditor = accounts.userId("auditor");
        id = fixtures.audit(t, child, auditor, auditor).id();
        api = "/api/v1/quality/audits/" + id;
    }

    @Test
    void completionIsRefusedForAnUngradedSectionAGradeWithoutAnswersAndNoOverallGrade() {
        Api auditor = new Api(port, "auditor");
        Api.Response nothing = auditor.post(api + "/complete", "{\"version\": 0}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(fields(nothing)).containsExactly("grades." + t.voiceSection(), "grades." + t.togetherSection(), "overallGrade");

        assertThat(auditor.put(api, """
                {"version": 0, "answers": {"%d": {"answer": "Seen alone", "evidence": []}},
                 "grades": {"%d": "GOOD", "%d": "GOOD"}, "overallGrade": "GOOD"}"""
                .formatted(t.seenAlone(), t.voiceSection(), t.togetherSection())).status()).isEqualTo(200);
        Api.Response unanswered = auditor.post(api + "/complete", "{\"version\": 1}");
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(fields(unanswered)).as("the council's unanswered questions in graded sections; health's may wait")
                .containsExactly("answers." + t.wishes() + ".answer", "answers." + t.plan() + ".answer");
        assertThat(unanswered.json().at("/errors/0/message").asString()).contains("cannot be graded without it");
        assertThat(jdbc.sql("SELECT status FROM audit WHERE id = ?").params(id).query(String.class).single()).isEqualTo("IN_PROGRESS");

        Api.Response bad = auditor.put(api, """
                {"version": 1, "grades": {"%d": "BRILLIANT", "999": "GOOD"}, "overallGrade": "good-ish", "themesFound": ["NOPE"]}"""
                .formatted(t.voiceSection()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("grades." + t.voiceSection(), "grades.999", "overallGrade", "themesFound[0]");
    }

    @Test
    void noOneWhoLedAnsweredWorkedOrManagedTheCaseModeratesIt() {
        completed();
        String body = moderation("GOOD", null);
        Api.Response own = new Api(port, "auditor").post(api + "/moderation", body);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("you led");
        assertThat(new Api(port, "social").post(api + "/moderation", body).status()).as("the worker").isEqualTo(403);
        assertThat(new Api(port, "manager").post(api + "/moderation", body).status()).as("the worker's manager").isEqualTo(403);

        Accounts.Account answered = accounts.create(Role.QA_AUDITOR, "Quality assurance");
        jdbc.sql("""
                        INSERT INTO audit_answer (audit_id, question_id, answer, answered_at, answered_by)
                        VALUES (?, ?, 'From before the audit was handed over', ?, ?)""")
                .params(id, t.health(), Timestamp.from(Instant.now()), answered.id()).update();
        Api.Response answerer = new Api(port, answered.username()).post(api + "/moderation", body);
        assertThat(answerer.status()).isEqualTo(403);
        assertThat(answerer.json().get("detail").asString()).contains("You answered questions in this audit");

        Accounts.Account managing = accounts.create(Role.QA_AUDITOR, "Quality assurance");
        jdbc.sql("UPDATE audit SET worker_manager_id = ? WHERE id = ?").params(managing.id(), id).update();
        Api.Response manager = new Api(port, managing.username()).post(api + "/moderation", body);
        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.json().get("detail").asString()).contains("someone you manage");

        PageSession.Page page = PageSession.signedIn(port, "auditor").get("/quality/audits/" + id + "/moderation");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"moderation-refusal\"").contains("You cannot moderate an audit you led")
                .doesNotContain("id=\"moderation-form\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_moderation WHERE audit_id = ?").params(id).query(Long.class).single()).isZero();
    }

    @Test
    void moderationWaitsForCompletionAndAChangedGradeNeedsItsReason() {
        Accounts.Account second = accounts.create(Role.QA_AUDITOR, "Quality assurance");
        Api moderator = new Api(port, second.username());
        assertThat(moderator.post(api + "/moderation", moderation("GOOD", null)).status()).as("not completed").isEqualTo(409);
        completed();
        Api.Response noReason = moderator.post(api + "/moderation", moderation("INADEQUATE", null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("grades." + t.voiceSection() + ".reason");
        Api.Response missing = moderator.post(api + "/moderation", "{\"version\": " + fixtures.version(id) + ", \"grades\": {}}");
        assertThat(fields(missing)).containsExactly("grades." + t.voiceSection() + ".grade", "grades." + t.togetherSection() + ".grade",
                "overall.grade");
        Api.Response agreed = moderator.post(api + "/moderation", moderation("GOOD", null));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().at("/moderation/gradesChanged").asInt()).isZero();
        assertThat(agreed.json().at("/moderation/gradesSeen").asInt()).isEqualTo(3);
        assertThat(moderator.post(api + "/moderation", moderation("GOOD", null)).status()).as("once only").isEqualTo(409);
    }

    @Test
    void aStaleVersionIsAConflictInTheApiAndAMessageOnThePage() {
        Api auditor = new Api(port, "auditor");
        String save = "{\"version\": 0, \"answers\": {\"%d\": {\"answer\": \"%s\", \"evidence\": []}}}";
        assertThat(auditor.put(api, save.formatted(t.seenAlone(), "First")).status()).isEqualTo(200);
        Api.Response stale = auditor.put(api, save.formatted(t.seenAlone(), "Second"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("Someone else saved this audit");

        PageSession page = PageSession.signedIn(port, "auditor");
        String csrf = page.get("/quality/audits/" + id).csrf();
        PageSession.Page refused = page.post("/quality/audits/" + id, "_csrf", csrf, "version", "0", "action", "save",
                "answers." + t.seenAlone() + ".answer", "Typed on a stale page");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#version\"").contains("Someone else saved this audit")
                .contains("Typed on a stale page");
        assertThat(jdbc.sql("SELECT answer FROM audit_answer WHERE audit_id = ? AND question_id = ?").params(id, t.seenAlone())
                .query(String.class).single()).isEqualTo("First");

        Api.Response noVersion = auditor.put(api, "{\"summary\": \"x\"}");
        assertThat(fields(noVersion)).containsExactly("version");
    }

    @Test
    void evidenceMustBeEntriesOnThisChildsChronology() {
        long other = journey.referredAndAllocated(clock.today().minusDays(10)).child();
        long theirs = fixtures.events(other).getFirst();
        Api.Response r = new Api(port, "auditor").put(api, """
                {"version": 0, "answers": {"%d": {"answer": "Seen", "evidence": [%d]}, "999999": {"answer": "x", "evidence": []}}}"""
                .formatted(t.seenAlone(), theirs));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("answers." + t.seenAlone() + ".evidence", "answers.999999");
    }

    @Test
    void onlyTheWorkerWritesTheReflection() {
        String body = "{\"version\": 0, \"reflection\": \"Mine\"}";
        assertThat(new Api(port, "manager").put(api + "/reflection", body).status()).isEqualTo(403);
        assertThat(new Api(port, "auditor").put(api + "/reflection", body).status()).isEqualTo(403);
        Api.Response empty = new Api(port, "social").put(api + "/reflection", "{\"version\": 0, \"reflection\": \" \"}");
        assertThat(fields(empty)).containsExactly("reflection");
        assertThat(new Api(port, "social").put(api + "/reflection", body).status()).isEqualTo(200);

        PageSession worker = PageSession.signedIn(port, "social");
        String csrf = worker.get("/quality/audits/" + id).csrf();
        PageSession.Page blank = worker.post("/quality/audits/" + id + "/reflection", "_csrf", csrf, "version",
                String.valueOf(fixtures.version(id)), "reflection", " ");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("href=\"#reflection\"").contains("Write your reflection on the audit");
    }

    /** Both sections answered and graded GOOD, completed by the auditor. */
    private void completed() {
        Api auditor = new Api(port, "auditor");
        Api.Response saved = auditor.put(api, """
                {"version": %d, "answers": {"%d": {"answer": "a", "evidence": []}, "%d": {"answer": "b", "evidence": []},
                 "%d": {"answer": "c", "evidence": []}}, "grades": {"%d": "GOOD", "%d": "GOOD"}, "overallGrade": "GOOD"}"""
                .formatted(fixtures.version(id), t.seenAlone(), t.wishes(), t.plan(), t.voiceSection(), t.togetherSection()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(auditor.post(api + "/complete", "{\"version\": " + fixtures.version(id) + "}").status()).isEqualTo(200);
    }

    private String moderation(String voice, String reason) {
        return """
                {"version": %d, "grades": {"%d": {"grade": "%s", "reason": %s}, "%d": {"grade": "GOOD"}},
                 "overall": {"grade": "GOOD"}}""".formatted(fixtures.version(id), t.voiceSection(), voice,
                reason == null ? "null" : "\"" + reason + "\"", t.togetherSection());
    }

    private static java.util.List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        java.util.List<String> fields = new java.util.ArrayList<>();
        for (JsonNode e : r.json().get("errors")) {
            fields.add(e.get("field").asString());
        }
        return fields;
    }
}
