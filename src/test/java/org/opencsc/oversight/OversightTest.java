package org.opencsc.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Management oversight: written with the child's story beside the form, by managers only, and added to the chronology. */
@IntegrationTest
class OversightTest {

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
    void thePageShowsTheChronologyDueWorkAndPlanBesideTheFormAndSavingAddsToTheChronology() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.onAPlan(r, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 23));
        // The first core group fell due 10 working days after the conference (9 June 2025: the Spring bank holiday
        // on 26 May does not count) and is overdue.

        PageSession manager = PageSession.signedIn(port, "manager");
        String path = "/people/" + r.child() + "/oversight/new";
        PageSession.Page page = manager.get(path);
        assertThat(page.status()).isEqualTo(200);
        String story = section(page.body(), "whole-story");
        assertThat(story).contains("Strategy discussion").contains("Child protection conference")
                .contains("Core group").contains("9 June 2025").contains("Overdue").contains("Neglect");
        assertThat(page.body()).contains("id=\"oversight-form\"").contains("govuk-grid-column-one-half");
        assertThat(page.body().indexOf("oversight-form")).as("the form and the story are side by side")
                .isLessThan(page.body().indexOf("whole-story"));

        PageSession.Page saved = manager.post(path, "_csrf", page.csrf(), "considered", "Chronology, ICPC minutes, last three visits",
                "analysis", "Neglect persists", "actionText", "Core group to meet", "actionOwner", "social",
                "actionDue", "1/1/2099", "actionText", "", "actionOwner", "", "actionDue", "",
                "actionText", "", "actionOwner", "", "actionDue", "");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var entry = events.chronology(List.of(r.child()), ChronologyFilter.latest(5)).stream()
                .filter(e -> e.type() == EventType.OVERSIGHT).findFirst().orElseThrow();
        assertThat(entry.recordedBy()).isEqualTo("Taylor Manager");
        assertThat(entry.detail()).contains("Chronology, ICPC minutes").contains("Neglect persists")
                .contains("Core group to meet (Sam Social, by 1 January 2099)");
        assertThat(jdbc.sql("SELECT count(*) FROM oversight WHERE person_id = ?").params(r.child()).query(Long.class).single()).isOne();
        // The next manager to open the page sees this entry in the story.
        assertThat(section(manager.get(path).body(), "whole-story")).contains("Management oversight by Taylor Manager");
    }

    @Test
    void thePageShowsThePlansOutcomesWithBaselineAndLatestScoreAndTheOverdueActions() {
        LocalDate today = clock.today();
        long child = journey.referredAndAllocated(today.minusDays(90)).child();
        PageSession manager = PageSession.signedIn(port, "manager");
        String path = "/people/" + child + "/oversight/new";
        assertThat(section(manager.get(path).body(), "plan-progress")).contains("No finalised plan with outcomes yet");

        Api social = new Api(port, "social");
        String base = "/api/v1/child-plans/" + social.post("/api/v1/people/" + child + "/child-plans",
                "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(60) + "\"}").json().path("plan").path("id").asLong();
        int version = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();
        // Written 11 days ago, when the first action's date (10 days ago) was still to come.
        java.time.Instant now = clock.instant();
        clock.set(today.minusDays(11).atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")));
        assertThat(social.put(base + "/content", """
                {"version": %d, "childView": "I want to see my friends", "contingency": "Legal planning meeting",
                 "needs": [{"id": "n1", "text": "Kai needs to be in school",
                   "outcomes": [{"id": "o1", "text": "Kai gets to school on time", "zeroMeans": "Never", "tenMeans": "Every day", "baseline": 3}],
                   "actions": [{"id": "a1", "outcomeId": "o1", "what": "Walk Kai to school", "owner": "Mum", "dueOn": "%s"},
                               {"id": "a2", "outcomeId": "o1", "what": "Buy an alarm clock", "owner": "Sam Social", "dueOn": "%s"}]}]}"""
                .formatted(version, today.minusDays(10), today.plusDays(20))).status()).isEqualTo(200);
        assertThat(social.post(base + "/finalise", "{\"version\": " + social.get(base + "/content").json().path("plan").path("draftVersion").asInt() + "}").status()).isEqualTo(201);
        clock.set(now);
        assertThat(social.post(base + "/reviews", """
                {"kind": "CIN_REVIEW", "heldOn": "%s", "attendance": "Mum, Sam Social", "scores": {"o1": 7},
                 "actionsDone": {}, "decision": "Continue the plan"}""".formatted(today.minusDays(2))).status()).isEqualTo(201);

        String afterProgress = section(manager.get(path).body(), "plan-progress");
        String progress = afterProgress.substring(0, afterProgress.indexOf(">Due</h2>")); // up to the due work, which lists every action
        assertThat(progress).contains("Kai gets to school on time").contains("Baseline 3")
                .contains("latest 7 (review on " + org.opencsc.platform.web.Dates.govuk(today.minusDays(2)) + ")")
                .contains("<svg").contains("data-score=\"7\"")
                .contains("Walk Kai to school (Mum, due " + org.opencsc.platform.web.Dates.govuk(today.minusDays(10)) + ")")
                .as("an action not yet due is not overdue").doesNotContain("Buy an alarm clock");
    }

    @Test
    void onlyAManagerWithTheChildInScopeRecordsOversight() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        String body = "{\"considered\": \"The chronology\"}";
        String path = "/api/v1/people/" + r.child() + "/oversight";
        assertThat(new Api(port, "social").post(path, body).status()).isEqualTo(403);
        assertThat(new Api(port, "legal").post(path, body).status()).isEqualTo(403);
        assertThat(new Api(port, "auditor").post(path, body).status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social").get("/people/" + r.child() + "/oversight/new").status()).isEqualTo(403);
        assertThat(new Api(port, "social").get("/api/v1/people/" + r.child()).status()).as("social can still read the record")
                .isEqualTo(200);

        Api.Response missing = new Api(port, "manager").post(path, "{\"analysis\": \"Fine\", \"actions\": [{\"action\": \"Visit\"}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").values()).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("considered", "actions");

        Api.Response ok = new Api(port, "manager").post(path, body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(new Api(port, "manager").get(ok.header("Location")).json().get("considered").asString()).isEqualTo("The chronology");
    }

    private static String section(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"(.*)</main>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }
}
