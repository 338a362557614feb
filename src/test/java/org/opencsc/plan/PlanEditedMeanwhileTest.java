package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.plan.PlanPagesTest.hidden;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people on one plan: finalising or changing a draft someone else changed since is refused
 * (the page says so and keeps what was typed, the API answers 409), a form for a part that was
 * removed meanwhile ends on the plan page saying so, and the version a form carries is a whole
 * number or the form is refused, never read as "no version" and saved unchecked.
 */
@IntegrationTest
class PlanEditedMeanwhileTest {

    static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    ChildPlans plans;
    @LocalServerPort
    int port;

    /** A complete draft, never finalised; returns the plan id. */
    long draftPlan() {
        LocalDate today = clock.today();
        long child = fx.referredAndAllocated(today.minusDays(90)).child();
        long plan = plans.start(child, PlanKind.CIN, today.minusDays(60), fx.user("social"), API);
        plans.saveDraft(plan, new PlanContent(List.of(new PlanContent.Need("n1", "Kai needs to be in school",
                        List.of(new PlanContent.Outcome("o1", "Kai gets to school on time", "Misses most mornings", "In class by 8:50", 3)),
                        List.of(new PlanContent.Action("a1", "o1", "Walk Kai to school", "Mum", today.plusDays(10), null)))),
                "I want to play football", "Legal planning meeting if no change"), null, fx.user("social"), API);
        return plan;
    }

    private int draftVersion(long plan) {
        return plans.open(plan, fx.user("social"), API, "/test").plan().draftVersion();
    }

    private int versions(long plan) {
        return plans.versions(plan, fx.user("social"), API, "/test").size();
    }

    @Test
    void finalisingADraftChangedSinceThePageWasReadIsRefusedOnThePage() {
        long plan = draftPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/child-plans/" + plan);
        String read = hidden(page, "draftVersion");
        assertThat(read).isEqualTo(String.valueOf(draftVersion(plan)));

        // The manager changes the draft while the worker has the page open.
        plans.edit(plan, draftVersion(plan), c -> c.withViews("I want to play football and see my dad", c.contingency()),
                fx.user("manager"), API);
        PageSession.Page refused = social.post("/child-plans/" + plan + "/finalise", "_csrf", page.csrf(), "draftVersion", read);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("The plan has been changed since you opened it")
                .contains("href=\"#plan-status\"").contains("I want to play football and see my dad");
        assertThat(versions(plan)).as("nothing finalised unseen").isZero();

        PageSession.Page done = social.post("/child-plans/" + plan + "/finalise", "_csrf", refused.csrf(),
                "draftVersion", hidden(refused, "draftVersion"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("?finalised=1");
        assertThat(versions(plan)).isEqualTo(1);
    }

    @Test
    void overTheApiAStaleFinaliseIs409AndOneWithoutTheVersionIs400NamingIt() {
        long plan = draftPlan();
        Api social = new Api(port, "social");
        String base = "/api/v1/child-plans/" + plan;
        int read = draftVersion(plan);
        plans.edit(plan, read, c -> c.withViews("Changed meanwhile", c.contingency()), fx.user("manager"), API);

        Api.Response stale = social.post(base + "/finalise", "{\"version\": " + read + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("detail").asString()).contains("changed since you opened it");
        Api.Response none = social.post(base + "/finalise", "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("errors").get(0).path("field").asString()).isEqualTo("version");
        assertThat(social.post(base + "/finalise", "{\"version\": 1.5}").status()).as("not a whole number").isEqualTo(400);
        assertThat(versions(plan)).isZero();
        assertThat(social.post(base + "/finalise", "{\"version\": " + draftVersion(plan) + "}").status()).isEqualTo(201);

        assertThatThrownBy(() -> plans.finalise(plan, read, fx.user("social"), API)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftVersionThatIsNotAWholeNumberIsRefusedAndNothingIsSaved() {
        long plan = draftPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page form = social.get("/child-plans/" + plan + "/needs/new");
        int before = draftVersion(plan);
        for (String bad : List.of("0.5", "abc", "0x" + Integer.toHexString(before), "+" + before)) {
            PageSession.Page refused = social.post("/child-plans/" + plan + "/needs", "_csrf", form.csrf(),
                    "draftVersion", bad, "text", "Kai needs a dentist");
            assertThat(refused.status()).as("draftVersion=%s", bad).isEqualTo(400);
            assertThat(refused.body()).contains("is not a valid draftVersion");
        }
        PageSession.Page blank = social.post("/child-plans/" + plan + "/needs", "_csrf", form.csrf(),
                "draftVersion", "", "text", "Kai needs a dentist");
        assertThat(blank.body()).contains("sent without the version of the plan").contains("Kai needs a dentist");
        assertThat(social.post("/child-plans/" + plan + "/finalise", "_csrf", form.csrf(), "draftVersion", "").status())
                .isEqualTo(400);
        assertThat(social.post("/child-plans/" + plan + "/needs/n1/remove", "_csrf", form.csrf(), "draftVersion", "0.5").status())
                .isEqualTo(400);
        assertThat(draftVersion(plan)).as("nothing saved").isEqualTo(before);
        assertThat(plans.open(plan, fx.user("social"), API, "/test").content().needs()).hasSize(1);
    }

    @Test
    void aFormForANeedRemovedMeanwhileEndsOnThePlanPageSayingSoWithWhatWasTyped() {
        long plan = draftPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page outcomeForm = social.get("/child-plans/" + plan + "/needs/n1/outcomes/new");
        PageSession.Page needForm = social.get("/child-plans/" + plan + "/needs/n1");
        plans.edit(plan, draftVersion(plan), c -> c.withoutNeed("n1"), fx.user("manager"), API);

        PageSession.Page outcome = social.post("/child-plans/" + plan + "/needs/n1/outcomes", "_csrf", outcomeForm.csrf(),
                "draftVersion", hidden(outcomeForm, "draftVersion"), "text", "Kai has breakfast every day",
                "zeroMeans", "Never", "tenMeans", "Every day", "baseline", "2");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).contains("The need this form was for is no longer in the plan")
                .contains("What you typed (not saved)").contains("Kai has breakfast every day").contains("href=\"#needs\"")
                .contains("Back to the record");
        PageSession.Page need = social.post("/child-plans/" + plan + "/needs/n1", "_csrf", needForm.csrf(),
                "draftVersion", hidden(needForm, "draftVersion"), "text", "Kai needs to be in school every day");
        assertThat(need.status()).isEqualTo(200);
        assertThat(need.body()).contains("no longer in the plan").contains("Kai needs to be in school every day");

        PageSession.Page reopened = social.get("/child-plans/" + plan + "/needs/n1/actions/new");
        assertThat(reopened.status()).as("a link from a page read before the removal").isEqualTo(200);
        assertThat(reopened.body()).contains("The need this form was for is no longer in the plan");
        assertThat(plans.open(plan, fx.user("social"), API, "/test").content().needs()).isEmpty();
    }
}
