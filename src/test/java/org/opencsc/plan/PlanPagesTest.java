package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlanPagesTest {

    /** Today by the application's clock, read before each test. */
    LocalDate today;
    static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    ChildPlans plans;
    @Autowired
    PlanActionDueWork dueWork;
    @Autowired
    PlanReviews reviews;
    @LocalServerPort
    int port;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    /** A finalised plan whose first action (walking Kai in) was due yesterday and is not done. */
    long finalisedPlan() {
        long child = fx.referredAndAllocated(today.minusDays(90)).child();
        long plan = plans.start(child, PlanKind.CIN, today.minusDays(60), fx.user("social"), API);
        PlanContent content = new PlanContent(List.of(new PlanContent.Need("n1", "Kai needs to be in school",
                List.of(new PlanContent.Outcome("o1", "Kai gets to school on time", "Misses most mornings", "In class by 8:50", 3)),
                List.of(new PlanContent.Action("a1", "o1", "Walk Kai to school", "Mum", today.minusDays(1), null),
                        new PlanContent.Action("a2", "o1", "Alarm clock", "Sam Social", today.plusDays(5), null)))),
                "I want to play football before school", "Legal planning meeting if no change by March");
        // Written the day before, when the first action's date was still to come: a date already gone is refused at entry.
        java.time.Instant now = clock.instant();
        clock.set(today.minusDays(1).atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")));
        int saved = plans.saveDraft(plan, content, null, fx.user("social"), API).draftVersion();
        plans.finalise(plan, saved, fx.user("social"), API);
        clock.set(now);
        return plan;
    }

    @Test
    void thePlanShowsOverdueActionsAndEditingStartsTheNextVersionWhileTheFirstStaysReadable() {
        long plan = finalisedPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/child-plans/" + plan);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Version 1 finalised");
        String overdueRow = row(page.body(), "needs-0-actions-0");
        assertThat(overdueRow).contains("Walk Kai to school").contains("Overdue");
        assertThat(row(page.body(), "needs-0-actions-1")).contains("Open").doesNotContain("Overdue");

        PageSession.Page form = social.get("/child-plans/" + plan + "/needs/new");
        PageSession.Page saved = social.post("/child-plans/" + plan + "/needs", "_csrf", form.csrf(),
                "draftVersion", hidden(form, "draftVersion"), "text", "Kai needs to see a dentist");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(social.get("/child-plans/" + plan).body()).contains("Draft of version 2 (version 1 finalised)")
                .contains("Kai needs to see a dentist");
        PageSession.Page v1 = social.get("/child-plans/" + plan + "/versions/1");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.body()).contains("Kai gets to school on time").doesNotContain("Kai needs to see a dentist");
        assertThat(social.get("/child-plans/" + plan + "/versions/2").status()).isEqualTo(404);

        // The same form sent again from the page read before the change is refused, not applied over it.
        PageSession.Page stale = social.post("/child-plans/" + plan + "/needs", "_csrf", form.csrf(),
                "draftVersion", hidden(form, "draftVersion"), "text", "Kai needs glasses");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("The plan has been changed since you opened it").contains("Kai needs glasses");
    }

    @Test
    void removingAnOutcomeOrANeedChangesOnlyTheDraftAndTheCheckAsksAboutItsActions() {
        long plan = finalisedPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page outcome = social.get("/child-plans/" + plan + "/needs/n1/outcomes/o1");
        assertThat(outcome.body()).contains("id=\"remove-outcome\"");
        PageSession.Page removed = social.post("/child-plans/" + plan + "/needs/n1/outcomes/o1/remove", "_csrf", outcome.csrf(),
                "draftVersion", hidden(outcome, "draftVersion"));
        assertThat(removed.status()).isEqualTo(302);
        assertThat(removed.location()).endsWith("/child-plans/" + plan + "?removed");

        PlanState draft = plans.open(plan, fx.user("social"), API, "/test");
        assertThat(draft.content().outcomes()).isEmpty();
        assertThat(draft.content().actions()).as("its actions stay, no longer linked").hasSize(2)
                .allSatisfy(a -> assertThat(a.outcomeId()).isNull());
        assertThat(plans.check(plan, fx.user("social"), API, "/test")).extracting(QualityIssue::message)
                .anySatisfy(m -> assertThat(m).contains("outcome"));
        assertThat(social.get("/child-plans/" + plan + "/versions/1").body()).as("version 1 keeps it")
                .contains("Kai gets to school on time");

        // A removal sent from a page read before that change is refused rather than applied over it.
        assertThat(social.post("/child-plans/" + plan + "/needs/n1/remove", "_csrf", outcome.csrf(),
                "draftVersion", hidden(outcome, "draftVersion")).status()).isEqualTo(409);
        PageSession.Page need = social.get("/child-plans/" + plan + "/needs/n1");
        assertThat(social.post("/child-plans/" + plan + "/needs/n1/remove", "_csrf", need.csrf(),
                "draftVersion", hidden(need, "draftVersion")).status()).isEqualTo(302);
        assertThat(plans.open(plan, fx.user("social"), API, "/test").content().needs()).isEmpty();
    }

    @Test
    void formsKeepWhatWasTypedWhenSomethingIsWrong() {
        long plan = finalisedPlan();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page form = social.get("/child-plans/" + plan + "/needs/n1/outcomes/new");
        PageSession.Page outcome = social.post("/child-plans/" + plan + "/needs/n1/outcomes", "_csrf", form.csrf(),
                "text", "", "zeroMeans", "Never eats breakfast", "tenMeans", "Breakfast every day", "baseline", "11");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).contains("There is a problem").contains("Enter what will change for the child")
                .contains("The baseline must be a whole number from 0 to 10").contains("Never eats breakfast")
                .contains("Breakfast every day").contains("value=\"11\"");

        PageSession.Page action = social.post("/child-plans/" + plan + "/needs/n1/actions", "_csrf", form.csrf(),
                "what", "Book a dentist", "owner", "Dad", "dueOnDay", "31", "dueOnMonth", "2", "dueOnYear", "2027", "outcomeId", "o1");
        assertThat(action.body()).contains("The due date must be a real date").contains("Book a dentist");
        assertThat(action.inputValue("owner")).isEqualTo("Dad");
        assertThat(action.isSelected("outcomeId", "o1")).isTrue();

        PageSession.Page review = social.get("/child-plans/" + plan + "/reviews/new");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("Overdue");
        PageSession.Page missing = social.post("/child-plans/" + plan + "/reviews", "_csrf", review.csrf(), "kind", "CIN_REVIEW",
                "heldOnDay", String.valueOf(today.getDayOfMonth()), "heldOnMonth", String.valueOf(today.getMonthValue()),
                "heldOnYear", String.valueOf(today.getYear()), "attendance", "Mum and Nan", "decision", "Carry on");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Enter a progress score from 0 to 10 for outcome 1 of need 1").contains("Mum and Nan");
    }

    @Test
    void onlyWritersChangeThePlanAndOnlyThoseWhoMaySeeTheChildReadIt() {
        long plan = finalisedPlan();
        assertThat(PageSession.signedIn(port, "auditor").get("/child-plans/" + plan).status()).isEqualTo(200);
        assertThat(PageSession.signedIn(port, "auditor").get("/child-plans/" + plan + "/needs/new").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social2").get("/child-plans/" + plan).status()).isEqualTo(403);
        PageSession family = PageSession.signedIn(port, "family");
        assertThat(family.get("/child-plans/" + plan + "/reviews/new").status()).isEqualTo(403);
        PageSession.Page auditorPage = PageSession.signedIn(port, "auditor").get("/child-plans/" + plan);
        assertThat(auditorPage.body()).doesNotContain("Add a need").doesNotContain("check-plan");
    }

    @Test
    void actionsNotDoneAreTheWorkersDueWorkUntilAReviewMarksThemDone() {
        long plan = finalisedPlan();
        long child = plans.open(plan, fx.user("social"), API, "/test").plan().personId();
        assertThat(dueWork.dueFor(List.of(child))).extracting(i -> i.what(), i -> i.dueOn(), i -> i.href()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Plan action: Walk Kai to school (Mum)", today.minusDays(1), "/child-plans/" + plan),
                org.assertj.core.groups.Tuple.tuple("Plan action: Alarm clock (Sam Social)", today.plusDays(5), "/child-plans/" + plan));
        reviews.record(plan, new ReviewInput(ReviewKind.CIN_REVIEW, null, null, today, "Mum", java.util.Map.of("o1", 5),
                java.util.Map.of("a1", today), "Carry on"), fx.user("social"), API);
        assertThat(dueWork.dueFor(List.of(child))).extracting(i -> i.what()).containsExactly("Plan action: Alarm clock (Sam Social)");
    }

    /** The value of a hidden input (PageSession reads text inputs only). */
    static String hidden(PageSession.Page page, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page.body());
        assertThat(m.find()).as("hidden input %s", name).isTrue();
        return m.group(1);
    }

    /** The table row with this id. */
    static String row(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row %s", id).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
