package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a plan takes as it is written: a child protection plan's content starts only from the
 * initial conference that decided it (never by hand), and an action is written with its owner
 * and a due date that has not gone by (today's is allowed).
 */
@IntegrationTest
class PlanEntryRulesTest {

    LocalDate today;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    private long plansOf(long child) {
        return jdbc.sql("SELECT count(*) FROM child_plan WHERE person_id = ?").params(child).query(Long.class).single();
    }

    // A child protection plan starts at its conference

    @Test
    void aSocialWorkerCannotStartAChildProtectionPlanWithNoConferenceOnThePage() {
        long child = fx.referredAndAllocated(today.minusDays(20)).child();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page start = social.get("/people/" + child + "/child-plans/new");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("value=\"CIN\"").doesNotContain("value=\"CP\"")
                .contains("it starts at the initial child protection conference that decides it");

        // A form sent with the CP plan anyway is refused, saying why, and nothing is started.
        PageSession.Page refused = social.post("/people/" + child + "/child-plans", "_csrf", start.csrf(), "kind", "CP");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#kind\"")
                .contains("the child has no open child protection plan");
        assertThat(plansOf(child)).isZero();

        assertThat(social.post("/people/" + child + "/child-plans", "_csrf", start.csrf(), "kind", "CIN").status())
                .as("a child in need plan starts as before").isEqualTo(302);
        assertThat(plansOf(child)).isOne();
    }

    @Test
    void overTheApiACpPlanWithNoConferenceIsA400NamingTheKindAndTheConferenceStartsIt() {
        ProtectionJourney.Referred r = fx.referredAndAllocated(today.minusDays(40));
        Api social = new Api(port, "social");
        String people = "/api/v1/people/" + r.child() + "/child-plans";
        Api.Response refused = social.post(people, "{\"kind\": \"CP\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("starts at the initial child protection conference that decides it");
        assertThat(social.get(people).json().size()).isZero();

        ChildProtectionPlan cp = fx.onAPlan(r, today.minusDays(38), today.minusDays(30), "chair");
        JsonNode plans = social.get(people).json();
        assertThat(plans.size()).isOne();
        assertThat(plans.get(0).path("kind").asString()).isEqualTo("CP");
        assertThat(plans.get(0).path("cpPlanId").asLong()).isEqualTo(cp.id());
        assertThat(plans.get(0).path("startedOn").asString()).isEqualTo(today.minusDays(30).toString());
        assertThat(plans.get(0).path("status").asString()).isEqualTo("Draft");
        assertThat(social.post(people, "{\"kind\": \"CP\"}").status()).as("its content is already there").isEqualTo(409);
        assertThat(new Api(port, "social2").get(people).status()).as("another team's worker").isEqualTo(403);
    }

    @Test
    void aChildInNeedPlanCannotStartBeforeTheChildWasBornOrReferred() {
        ProtectionJourney.Referred r = fx.referredAndAllocated(today.minusDays(40));
        Api social = new Api(port, "social");
        String people = "/api/v1/people/" + r.child() + "/child-plans";
        Api.Response before = social.post(people, "{\"kind\": \"CIN\", \"startedOn\": \"2000-01-01\"}");
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.json().path("errors").get(0).path("field").asString()).isEqualTo("startedOn");
        assertThat(before.json().path("errors").get(0).path("message").asString()).contains("cannot start before");
        assertThat(social.post(people, "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(41) + "\"}").status())
                .as("the day before the referral").isEqualTo(400);
        assertThat(plansOf(r.child())).isZero();
        assertThat(social.post(people, "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(40) + "\"}").status())
                .as("the referral's day").isEqualTo(201);
    }

    @Test
    void aPlanDecidedBeforeItsContentStartedWithTheConferenceIsOfferedToWriteFromTheStartPage() {
        ProtectionJourney.Referred r = fx.referredAndAllocated(today.minusDays(40));
        ChildProtectionPlan cp = fx.onAPlan(r, today.minusDays(38), today.minusDays(30), "chair");
        // As a plan decided before conferences started the content: the CP plan record, no content yet.
        jdbc.sql("DELETE FROM child_plan WHERE cp_plan_id = ?").params(cp.id()).update();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page start = social.get("/people/" + r.child() + "/child-plans/new");
        assertThat(start.body()).contains("value=\"CP\"")
                .contains("The conference on " + Dates.govuk(cp.startedOn()) + " decided on a child protection plan (neglect)");
        assertThat(new Api(port, "social").post("/api/v1/people/" + r.child() + "/child-plans",
                "{\"kind\": \"CP\", \"startedOn\": \"" + today.minusDays(2) + "\"}").json().path("errors").get(0).path("field")
                .asString()).as("its start is the conference's, not another day").isEqualTo("startedOn");
        PageSession.Page started = social.post("/people/" + r.child() + "/child-plans", "_csrf", start.csrf(), "kind", "CP");
        assertThat(started.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT started_on FROM child_plan WHERE cp_plan_id = ?").params(cp.id()).query(LocalDate.class).single())
                .isEqualTo(cp.startedOn());
    }

    // An action is written with its owner and a date still to come

    private long draftPlanWithANeed(PageSession social) {
        long child = fx.referredAndAllocated(today.minusDays(20)).child();
        PageSession.Page start = social.get("/people/" + child + "/child-plans/new");
        String plan = social.post("/people/" + child + "/child-plans", "_csrf", start.csrf(), "kind", "CIN").location();
        long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        PageSession.Page needForm = social.get("/child-plans/" + planId + "/needs/new");
        assertThat(social.post("/child-plans/" + planId + "/needs", "_csrf", needForm.csrf(),
                "draftVersion", PlanPagesTest.hidden(needForm, "draftVersion"), "text", "Kai needs to be in school").status())
                .isEqualTo(302);
        return planId;
    }

    private String needId(long planId) {
        return new Api(port, "social").get("/api/v1/child-plans/" + planId + "/content").json().path("draft").path("needs").get(0)
                .path("id").asString();
    }

    @Test
    void theActionFormAsksForTheOwnerAndRefusesADateAlreadyGoneKeepingWhatWasTyped() {
        PageSession social = PageSession.signedIn(port, "social");
        long plan = draftPlanWithANeed(social);
        String path = "/child-plans/" + plan + "/needs/" + needId(plan) + "/actions";
        PageSession.Page form = social.get(path + "/new");
        String version = PlanPagesTest.hidden(form, "draftVersion");

        PageSession.Page noOwner = social.post(path, "_csrf", form.csrf(), "draftVersion", version, "what", "Walk Kai to school",
                "owner", " ", "dueOnDay", "1", "dueOnMonth", "1", "dueOnYear", "2030");
        assertThat(noOwner.status()).isEqualTo(200);
        assertThat(noOwner.body()).contains("There is a problem").contains("href=\"#owner\"")
                .contains("Enter who will do it: a named person and their role");
        assertThat(noOwner.inputValue("dueOnYear")).isEqualTo("2030");
        assertThat(noOwner.body()).contains("Walk Kai to school");

        PageSession.Page past = social.post(path, "_csrf", form.csrf(), "draftVersion", version, "what", "Walk Kai to school",
                "owner", "Mum", "dueOnDay", "1", "dueOnMonth", "1", "dueOnYear", "2000");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.body()).contains("href=\"#dueOn-day\"")
                .contains("cannot be in the past: give today, " + Dates.govuk(today) + ", or a later date");
        assertThat(past.inputValue("owner")).isEqualTo("Mum");
        assertThat(past.inputValue("dueOnYear")).isEqualTo("2000");
        assertThat(new Api(port, "social").get("/api/v1/child-plans/" + plan + "/content").json().path("actions").size())
                .as("nothing saved").isZero();

        assertThat(social.post(path, "_csrf", form.csrf(), "draftVersion", version, "what", "Walk Kai to school",
                "owner", "Mum", "dueOnDay", String.valueOf(today.getDayOfMonth()), "dueOnMonth", String.valueOf(today.getMonthValue()),
                "dueOnYear", String.valueOf(today.getYear())).status()).as("today is allowed").isEqualTo(302);
    }

    @Test
    void overTheApiAnActionWithNoOwnerOrADateGoneIsA400NamingItAndOneThatWentOverdueSinceStaysAsItWas() {
        long child = fx.referredAndAllocated(today.minusDays(20)).child();
        Api social = new Api(port, "social");
        long plan = social.post("/api/v1/people/" + child + "/child-plans", "{\"kind\": \"CIN\"}").json().path("plan").path("id").asLong();
        String base = "/api/v1/child-plans/" + plan;
        String body = """
                {"version": %d, "needs": [{"id": "n1", "text": "%s", "outcomes": [],
                  "actions": [{"id": "a1", "what": "Walk Kai to school", "owner": %s, "dueOn": "%s"}]}]}""";
        int version = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();

        Api.Response past = social.put(base + "/content", body.formatted(version, "School", "\"Mum\"", "2000-01-01"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("errors").get(0).path("field").asString()).isEqualTo("needs[0].actions[0].dueOn");
        Api.Response yesterday = social.put(base + "/content", body.formatted(version, "School", "\"Mum\"", today.minusDays(1)));
        assertThat(yesterday.status()).isEqualTo(400);
        Api.Response noOwner = social.put(base + "/content", body.formatted(version, "School", "null", today.plusDays(7)));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.json().path("errors").get(0).path("field").asString()).isEqualTo("needs[0].actions[0].owner");
        assertThat(social.put(base + "/content", body.formatted(version, "School", "\"  \"", today.plusDays(7))).status())
                .as("a blank owner is no owner").isEqualTo(400);
        assertThat(social.get(base + "/content").json().path("plan").path("draftVersion").asInt()).as("nothing saved").isEqualTo(version);

        Api.Response dueToday = social.put(base + "/content", body.formatted(version, "School", "\"Mum\"", today));
        assertThat(dueToday.status()).as(dueToday.body()).isEqualTo(200);

        // Days later the action is overdue; the rest of the plan can still be changed around it, but not its date to another gone by.
        clock.set(clock.instant().plus(Duration.ofDays(3)));
        int next = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();
        Api.Response otherChange = social.put(base + "/content", body.formatted(next, "Kai needs to be in school", "\"Mum\"", today));
        assertThat(otherChange.status()).as(otherChange.body()).isEqualTo(200);
        assertThat(social.get(base + "/content").json().path("actions").get(0).path("status").asString()).isEqualTo("Overdue");
        int last = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();
        assertThat(social.put(base + "/content", body.formatted(last, "Kai needs to be in school", "\"Mum\"", today.plusDays(1)))
                .status()).as("moved to a day that has gone by too").isEqualTo(400);
    }
}
