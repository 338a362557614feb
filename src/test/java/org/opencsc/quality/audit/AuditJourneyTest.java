package org.opencsc.quality.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
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
 * The audit with the worker, end to end over the real pages: the auditor drafts it with the
 * child's story beside the form and ticks chronology entries as evidence, the worker writes their
 * reflection signed in as themselves, completion is refused until every section is graded and
 * answered, the completed audit goes on the chronology without its grades, and a second QA
 * auditor moderates it, changing one grade with a reason: both grades are kept.
 */
@IntegrationTest
class AuditJourneyTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theAuditWithTheWorkerThroughModerationWithAChangedGrade() {
        long child = journey.referredAndAllocated(clock.today().minusDays(30)).child();
        AuditFixtures fixtures = new AuditFixtures(jdbc);
        Accounts accounts = new Accounts(jdbc);
        AuditFixtures.Template t = fixtures.template();
        long auditorId = accounts.userId("auditor");
        long id = fixtures.audit(t, child, auditorId, auditorId).id();
        long evidence = fixtures.events(child).getFirst();
        String path = "/quality/audits/" + id;

        PageSession auditor = PageSession.signedIn(port, "auditor");
        PageSession.Page page = auditor.get(path);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"audit-form\"").contains("id=\"childs-story\"").contains("id=\"audit-chronology\"")
                .contains("id=\"plan-progress\"").contains("id=\"event-" + evidence + "\"")
                .contains("name=\"answers." + t.seenAlone() + ".evidence\" value=\"" + evidence + "\"")
                .contains("href=\"/quality/audits/" + id + "/learning-actions\"");
        assertThat(page.body().indexOf("audit-form")).as("the form beside the story").isLessThan(page.body().indexOf("childs-story"));

        // Completing at once: every refusal is named by its field, and what was typed stays.
        PageSession.Page refused = auditor.post(path, "_csrf", page.csrf(), "version", "0", "action", "complete",
                "answers." + t.seenAlone() + ".answer", "Seen alone at school", "grades." + t.voiceSection(), "GOOD");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem")
                .contains("href=\"#grades." + t.togetherSection() + "\"")
                .contains("href=\"#answers." + t.wishes() + ".answer\"")
                .contains("href=\"#overallGrade\"")
                .contains("Seen alone at school");
        assertThat(fixtures.version(id)).as("a refused completion saves nothing").isZero();

        PageSession.Page saved = auditor.post(path, "_csrf", page.csrf(), "version", "0", "action", "save",
                "answers." + t.seenAlone() + ".answer", "Seen alone at school; said he is scared at home",
                "answers." + t.seenAlone() + ".evidence", String.valueOf(evidence),
                "answers." + t.wishes() + ".answer", "His wish to see his nan is in the plan",
                "answers." + t.plan() + ".answer", "Yes, with dates",
                "grades." + t.voiceSection(), "GOOD", "grades." + t.togetherSection(), "REQUIRES_IMPROVEMENT",
                "overallGrade", "GOOD", "themesFound", "CHILDS_VOICE", "summary", "Kai’s voice is heard throughout");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith(path + "?saved");
        assertThat(jdbc.sql("SELECT status FROM audit WHERE id = ?").params(id).query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("SELECT evidence[1] FROM audit_answer WHERE audit_id = ? AND question_id = ?").params(id, t.seenAlone())
                .query(Long.class).single()).isEqualTo(evidence);

        // The worker writes their reflection, signed in as themselves; they do not edit the auditor's part.
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page workerPage = social.get(path);
        assertThat(workerPage.status()).isEqualTo(200);
        assertThat(workerPage.body()).contains("id=\"reflection-form\"").doesNotContain("id=\"audit-form\"")
                .contains("Seen alone at school; said he is scared at home");
        PageSession.Page reflected = social.post(path + "/reflection", "_csrf", workerPage.csrf(),
                "version", String.valueOf(fixtures.version(id)), "reflection", "I will see Kai alone every visit");
        assertThat(reflected.status()).as(reflected.body()).isEqualTo(302);
        assertThat(new Api(port, "social").get("/api/v1" + path).json().at("/audit/workerReflection").asString())
                .isEqualTo("I will see Kai alone every visit");

        // The health question may be left to the partner: completion goes ahead without it.
        Api.Response completed = new Api(port, "auditor").post("/api/v1" + path + "/complete",
                "{\"version\": " + fixtures.version(id) + "}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().at("/audit/status").asString()).isEqualTo("COMPLETED");
        ChronologyEntry done = entry(child, EventType.AUDIT_COMPLETED);
        assertThat(done.summary() + done.detail()).contains("Alex Auditor").contains("Sam Social")
                .doesNotContain("Good").doesNotContain("Requires improvement").doesNotContain("voice is heard");

        // A second QA auditor moderates: a changed grade needs its reason.
        Accounts.Account second = accounts.create(Role.QA_AUDITOR, "Quality assurance");
        PageSession moderator = PageSession.signedIn(port, second.username());
        PageSession.Page form = moderator.get(path + "/moderation");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"moderation-form\"").contains("the auditor gave Requires improvement");
        String version = String.valueOf(fixtures.version(id));
        PageSession.Page noReason = moderator.post(path + "/moderation", "_csrf", form.csrf(), "version", version,
                "grades." + t.voiceSection() + ".grade", "GOOD", "grades." + t.togetherSection() + ".grade", "INADEQUATE",
                "overall.grade", "GOOD");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("href=\"#grades." + t.togetherSection() + ".reason\"")
                .contains("Say why you changed ‘Working together’ from requires improvement to inadequate");
        PageSession.Page moderated = moderator.post(path + "/moderation", "_csrf", form.csrf(), "version", version,
                "grades." + t.voiceSection() + ".grade", "GOOD", "grades." + t.togetherSection() + ".grade", "INADEQUATE",
                "grades." + t.togetherSection() + ".reason", "No health input to the plan for six months",
                "overall.grade", "GOOD", "comment", "A careful audit");
        assertThat(moderated.status()).as(moderated.body()).isEqualTo(302);

        var grade = jdbc.sql("SELECT grade, moderated_grade, moderation_reason FROM audit_section_grade WHERE audit_id = ? AND section_id = ?")
                .params(id, t.togetherSection()).query().singleRow();
        assertThat(grade).containsEntry("grade", "REQUIRES_IMPROVEMENT").containsEntry("moderated_grade", "INADEQUATE")
                .containsEntry("moderation_reason", "No health input to the plan for six months");
        var counts = jdbc.sql("SELECT grades_seen, grades_changed, moderator_id FROM audit_moderation WHERE audit_id = ?").params(id)
                .query().singleRow();
        assertThat(counts).containsEntry("grades_seen", 3).containsEntry("grades_changed", 1).containsEntry("moderator_id", second.id());
        assertThat(entry(child, EventType.AUDIT_MODERATED).summary()).startsWith("Case audit moderated");

        // The worker reads both grades; the child's record lists the audit for them.
        Api.Response read = new Api(port, "social").get("/api/v1" + path);
        assertThat(read.json().at("/audit/status").asString()).isEqualTo("MODERATED");
        assertThat(read.json().at("/sections/1/grade/grade").asString()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(read.json().at("/sections/1/grade/moderatedGrade").asString()).isEqualTo("INADEQUATE");
        assertThat(read.json().at("/moderation/gradesChanged").asInt()).isEqualTo(1);
        PageSession.Page record = social.get("/people/" + child);
        assertThat(record.body()).contains("id=\"case-audit-" + id + "\"");
        assertThat(social.get(path).body()).contains("changed at moderation to Inadequate: No health input to the plan for six months")
                .doesNotContain("id=\"reflection-form\"");
    }

    private ChronologyEntry entry(long child, EventType type) {
        List<ChronologyEntry> entries = events.chronology(List.of(child), ChronologyFilter.latest(10));
        return entries.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }
}
