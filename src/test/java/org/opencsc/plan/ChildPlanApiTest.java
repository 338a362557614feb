package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.coregroup.CoreGroupInput;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ChildPlanApiTest {

    /** Today by the application's clock, read before each test. */
    LocalDate today;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    EventLog events;
    @Autowired
    CoreGroups coreGroups;
    @LocalServerPort
    int port;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    static final String TASK_ONLY = """
            {"version": %d, "needs": [{"id": "n1", "text": "Kai needs to be in school", "outcomes": [],
              "actions": [{"id": "a1", "what": "Walk Kai to school", "owner": "Mum"}]}]}""";

    String complete(int version, String outcomeText, String due) {
        return """
                {"version": %d, "childView": "I want to see my friends", "contingency": "Legal planning meeting if no change by March",
                 "needs": [{"id": "n1", "text": "Kai needs to be in school",
                   "outcomes": [{"id": "o1", "text": "%s", "zeroMeans": "Misses most mornings", "tenMeans": "In class by 8:50 daily", "baseline": 3}],
                   "actions": [{"id": "a1", "outcomeId": "o1", "what": "Walk Kai to school", "owner": "Mum", "dueOn": "%s"},
                               {"id": "a2", "outcomeId": "o1", "what": "Alarm clock", "owner": "Sam Social", "dueOn": "%s"}]}]}"""
                .formatted(version, outcomeText, due, today.plusMonths(1));
    }

    long child() {
        return fx.referredAndAllocated(today.minusDays(90)).child();
    }

    long start(Api api, long child) {
        Api.Response r = api.post("/api/v1/people/" + child + "/child-plans",
                "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(60) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("plan").path("status").asString()).isEqualTo("Draft");
        return r.json().path("plan").path("id").asLong();
    }

    int draftVersion(Api api, long plan) {
        return api.get("/api/v1/child-plans/" + plan + "/content").json().path("plan").path("draftVersion").asInt();
    }

    /** The body of a finalise: the draft version just read. */
    String finalise(Api api, long plan) {
        return "{\"version\": " + draftVersion(api, plan) + "}";
    }

    static List<String> messages(JsonNode list, String key) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path(key).asString()).toList();
    }

    @Test
    void aTaskOnlyPlanCannotBeFinalisedAndTheCheckSaysWhatIsMissing() {
        Api social = new Api(port, "social");
        long plan = start(social, child());
        assertThat(social.put("/api/v1/child-plans/" + plan + "/content", TASK_ONLY.formatted(draftVersion(social, plan))).status())
                .isEqualTo(200);

        Api.Response check = social.post("/api/v1/child-plans/" + plan + "/check", "");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().path("ready").asBoolean()).isFalse();
        assertThat(messages(check.json().path("issues"), "message")).containsExactly(
                "Need 1 has actions but no outcome: say what will change for the child",
                "Action 1 of need 1 has no due date: say by when",
                "Add the child’s view of the plan, in their own words",
                "Add a contingency: say what will happen if progress is not made");

        Api.Response refused = social.post("/api/v1/child-plans/" + plan + "/finalise", finalise(social, plan));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(messages(refused.json().path("errors"), "field")).containsExactly("needs[0].outcomes",
                "needs[0].actions[0].dueOn", "childView", "contingency");
        assertThat(social.get("/api/v1/child-plans/" + plan + "/versions").json().size()).isZero();
    }

    @Test
    void versionsAreKeptReadableAndOutcomesKeepTheirIds() {
        long child = child();
        Api social = new Api(port, "social");
        long plan = start(social, child);
        String base = "/api/v1/child-plans/" + plan;
        assertThat(social.put(base + "/content", complete(draftVersion(social, plan), "Kai gets to school", today.plusDays(14).toString()))
                .status()).isEqualTo(200);
        Api.Response v1 = social.post(base + "/finalise", finalise(social, plan));
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        assertThat(v1.json().path("number").asInt()).isEqualTo(1);
        assertThat(social.post(base + "/finalise", finalise(social, plan)).status()).as("nothing changed since version 1").isEqualTo(409);

        int read = draftVersion(social, plan);
        Api.Response edited = social.put(base + "/content", complete(read, "Kai gets to school on time every day", today.plusDays(14).toString()));
        assertThat(edited.json().path("plan").path("status").asString()).isEqualTo("Draft of version 2 (version 1 finalised)");
        assertThat(edited.json().path("latest").path("number").asInt()).isEqualTo(1);
        assertThat(social.put(base + "/content", complete(read, "Stale", today.toString())).status()).as("stale version").isEqualTo(409);

        Api.Response manager = new Api(port, "manager").post(base + "/finalise", finalise(social, plan));
        assertThat(manager.status()).as(manager.body()).isEqualTo(201);
        JsonNode versions = social.get(base + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("content").path("needs").get(0).path("outcomes").get(0).path("text").asString())
                .isEqualTo("Kai gets to school");
        JsonNode v2 = social.get(base + "/versions/2").json();
        assertThat(v2.path("content").path("needs").get(0).path("outcomes").get(0).path("text").asString())
                .isEqualTo("Kai gets to school on time every day");
        assertThat(v2.path("content").path("needs").get(0).path("outcomes").get(0).path("id").asString()).isEqualTo("o1");
        assertThat(v2.path("finalisedBy").asString()).isNotEqualTo(versions.get(0).path("finalisedBy").asString());
        assertThat(social.get(base + "/versions/3").status()).isEqualTo(404);
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20)))
                .filteredOn(e -> e.typeLabel().equals(EventType.PLAN_FINALISED.label())).extracting(e -> e.summary())
                .containsExactly("Plan version 2 finalised (child in need plan): 1 outcome, 2 actions",
                        "Plan version 1 finalised (child in need plan): 1 outcome, 2 actions");
    }

    @Test
    void reviewsScoreEachOutcomeFrom0To10AndProgressIsASeries() {
        long child = child();
        Api social = new Api(port, "social");
        long plan = start(social, child);
        String base = "/api/v1/child-plans/" + plan;
        assertThat(social.post(base + "/reviews", review(today.minusDays(30), 5)).status()).as("not finalised yet").isEqualTo(409);
        // Written 11 days ago, when a1's date (10 days ago) was still to come.
        java.time.Instant now = clock.instant();
        clock.set(today.minusDays(11).atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")));
        assertThat(social.put(base + "/content", complete(draftVersion(social, plan), "Kai gets to school", today.minusDays(10).toString()))
                .status()).isEqualTo(200);
        assertThat(social.post(base + "/finalise", finalise(social, plan)).status()).isEqualTo(201);
        clock.set(now);

        Api.Response tooHigh = social.post(base + "/reviews", review(today.minusDays(30), 11));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.json().path("errors").get(0).path("field").asString()).isEqualTo("scores.o1");
        assertThat(tooHigh.json().path("detail").asString()).isEqualTo(
                "The score for outcome 1 of need 1 must be from 0 to 10 (0 is ‘Misses most mornings’, 10 is ‘In class by 8:50 daily’)");
        assertThat(social.post(base + "/reviews", review(today.minusDays(30), -1)).status()).isEqualTo(400);
        assertThat(social.post(base + "/reviews", review(today.plusDays(1), 5)).json().path("detail").asString())
                .contains("cannot be in the future");
        assertThat(social.post(base + "/reviews", review(today.minusDays(61), 5)).json().path("detail").asString())
                .contains("cannot be before the plan started");
        assertThat(social.post(base + "/reviews", review(today.minusDays(30), 5).replace("CIN_REVIEW", "CORE_GROUP")).status())
                .as("a core group reviews a CP plan").isEqualTo(400);

        assertThat(social.post(base + "/reviews", review(today.minusDays(30), 5)).status()).isEqualTo(201);
        Api.Response second = social.post(base + "/reviews", review(today.minusDays(2), 8)
                .replace("\"actionsDone\": {}", "\"actionsDone\": {\"a2\": null}"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        JsonNode progress = social.get(base + "/progress").json();
        assertThat(progress.size()).isEqualTo(1);
        assertThat(messages(progress.get(0).path("points"), "label")).containsExactly("Baseline",
                Dates.govuk(today.minusDays(30)), Dates.govuk(today.minusDays(2)));
        assertThat(StreamSupport.stream(progress.get(0).path("points").spliterator(), false).map(p -> p.path("score").asInt()))
                .containsExactly(3, 5, 8);
        // a1 was due 10 days ago and is not done; a2 was marked done at the second review.
        JsonNode actions = social.get(base + "/content").json().path("actions");
        assertThat(messages(actions, "status")).containsExactly("Overdue", "Done");
        assertThat(actions.get(1).path("doneOn").asString()).isEqualTo(today.minusDays(2).toString());
        assertThat(social.get(base + "/reviews").json().size()).isEqualTo(2);
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20)))
                .filteredOn(e -> e.typeLabel().equals(EventType.PLAN_REVIEW.label())).extracting(e -> e.summary())
                .containsExactly("Plan review (child in need review): progress 5→8 on ‘Kai gets to school’",
                        "Plan review (child in need review): progress 3→5 on ‘Kai gets to school’");
    }

    static String review(LocalDate on, int score) {
        return """
                {"kind": "CIN_REVIEW", "heldOn": "%s", "attendance": "Mum, Sam Social, Mrs Khan", "scores": {"o1": %d},
                 "actionsDone": {}, "decision": "Continue the plan"}""".formatted(on, score);
    }

    @Test
    void onlyTheChildsWorkerOrManagerWritesAndFinalises() {
        long child = child();
        Api social = new Api(port, "social");
        long plan = start(social, child);
        String base = "/api/v1/child-plans/" + plan;
        int version = draftVersion(social, plan);
        assertThat(new Api(port, "auditor").get(base + "/content").status()).as("an auditor reads").isEqualTo(200);
        assertThat(new Api(port, "auditor").put(base + "/content", TASK_ONLY.formatted(version)).status()).isEqualTo(403);
        assertThat(new Api(port, "family").put(base + "/content", TASK_ONLY.formatted(version)).status()).isEqualTo(403);
        assertThat(new Api(port, "social2").get(base + "/content").status()).as("another team's worker").isEqualTo(403);
        assertThat(new Api(port, "social2").post("/api/v1/people/" + child + "/child-plans", "{\"kind\": \"CIN\"}").status())
                .isEqualTo(403);
        social.put(base + "/content", complete(version, "Kai gets to school", today.plusDays(7).toString()));
        assertThat(new Api(port, "chair").post(base + "/finalise", finalise(social, plan)).status()).isEqualTo(403);
        assertThat(new Api(port, "auditor").post(base + "/finalise", finalise(social, plan)).status()).isEqualTo(403);
        assertThat(social.post("/api/v1/people/" + child + "/child-plans", "{\"kind\": \"XYZ\"}").status()).isEqualTo(400);
        assertThat(social.get("/api/v1/child-plans/999999999/content").status()).isEqualTo(404);
    }

    @Test
    void aChildProtectionPlansContentLinksToItsRecordAndACoreGroupReviewsIt() {
        var referred = fx.referredAndAllocated(today.minusDays(40));
        var cp = fx.onAPlan(referred, today.minusDays(38), today.minusDays(30), "chair");
        var other = fx.onAPlan(fx.referredAndAllocated(today.minusDays(40)), today.minusDays(38), today.minusDays(30), "chair");
        Api social = new Api(port, "social");
        // The conference that decided the plan started its content, dated from the conference, for the worker to write.
        JsonNode plans = social.get("/api/v1/people/" + referred.child() + "/child-plans").json();
        assertThat(plans.size()).as(plans.toString()).isEqualTo(1);
        JsonNode started = plans.get(0);
        assertThat(started.path("kind").asString()).isEqualTo("CP");
        assertThat(started.path("cpPlanId").asLong()).isEqualTo(cp.id());
        assertThat(started.path("startedOn").asString()).isEqualTo(cp.startedOn().toString());
        assertThat(social.post("/api/v1/people/" + referred.child() + "/child-plans", "{\"kind\": \"CP\"}").status())
                .as("one content per CP plan").isEqualTo(409);
        long plan = started.path("id").asLong();
        String base = "/api/v1/child-plans/" + plan;
        social.put(base + "/content", complete(draftVersion(social, plan), "Kai gets to school", today.plusDays(7).toString()));
        assertThat(social.post(base + "/finalise", finalise(social, plan)).status()).isEqualTo(201);

        var meeting = new CoreGroupInput(today.minusDays(20), "Mum; Sam Social", true, "Better", "Keep going");
        long coreGroup = coreGroups.record(cp.id(), meeting, fx.user("social"), AccessLog.Channel.API);
        long otherCoreGroup = coreGroups.record(other.id(), meeting, fx.user("social"), AccessLog.Channel.API);
        String fromCoreGroup = review(today.minusDays(20), 4).replace("\"CIN_REVIEW\"", "\"CORE_GROUP\", \"coreGroupId\": %d");
        Api.Response wrong = social.post(base + "/reviews", fromCoreGroup.formatted(otherCoreGroup));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asString()).isEqualTo("coreGroupId");
        assertThat(social.post(base + "/reviews", fromCoreGroup.formatted(coreGroup)).status()).isEqualTo(201);
        JsonNode reviews = social.get(base + "/reviews").json();
        assertThat(reviews.get(0).path("kind").asString()).isEqualTo("CORE_GROUP");
        assertThat(reviews.get(0).path("coreGroupId").asLong()).isEqualTo(coreGroup);
    }
}
