package org.opencsc.protection.chair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.ReviewConferenceInput;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ChairViewAndEscalationTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    ChairView chairView;
    @Autowired
    CoreGroups coreGroups;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    private ChildProtectionPlan plan(String recorder) {
        return plan(recorder, "Casey Chair");
    }

    private ChildProtectionPlan plan(String recorder, String chairName) {
        var r = fx.referredAndAllocated(LocalDate.of(2026, 5, 1));
        return fx.onAPlan(r, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20), recorder, chairName);
    }

    private ChairCase chairCase(long planId) {
        return chairView.casesOf(fx.user("chair")).stream().filter(c -> c.planId() == planId).findFirst().orElse(null);
    }

    @Test
    void theChairSeesTheOpenPlansWhoseLatestConferenceTheyChaired() {
        ChildProtectionPlan chaired = plan("chair");
        // A manager recording on the chair's behalf: the typed name finds Casey Chair's account...
        ChildProtectionPlan recordedForCasey = plan("manager", " casey chair ");
        // ...but not a chair with no account here, and a later review by someone else moves the plan on.
        ChildProtectionPlan recordedByManager = plan("manager", "Dr Locum (agency chair)");
        ChildProtectionPlan reviewedByManager = plan("chair");
        reviews.record(new ReviewConferenceInput(reviewedByManager.id(), LocalDate.of(2026, 8, 10), "Dr Locum (agency chair)",
                "Mum; Sam Social", "Kai said things are calmer", ReviewDecision.CONTINUE_PLAN, AbuseCategory.NEG,
                "Progress on the plan's outcomes"), fx.user("manager"), API);
        ChildProtectionPlan reviewedByChair = plan("manager");
        reviews.record(ProtectionJourney.reviewConference(reviewedByChair.id(), LocalDate.of(2026, 8, 10),
                ReviewDecision.CONTINUE_PLAN, AbuseCategory.NEG), fx.user("chair"), API);
        coreGroups.record(chaired.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2026, 6, 2)), fx.user("social"), API);
        coreGroups.record(chaired.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2026, 7, 1)), fx.user("social"), API);

        ChairCase c = chairCase(chaired.id());
        assertThat(c).isNotNull();
        assertThat(c.lastConferenceOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(c.nextReviewDueOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(c.coreGroupsSinceLastConference()).isEqualTo(2);
        assertThat(c.lastCoreGroupOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(chairCase(recordedForCasey.id())).as("recorded by a manager, chaired by Casey").isNotNull();
        assertThat(chairCase(recordedByManager.id())).isNull();
        assertThat(chairCase(reviewedByManager.id())).isNull();
        assertThat(chairCase(reviewedByChair.id())).isNotNull()
                .satisfies(rc -> assertThat(rc.lastConferenceOn()).isEqualTo(LocalDate.of(2026, 8, 10)));

        String page = PageSession.signedIn(port, "chair").get("/chair").body();
        assertThat(page).contains("id=\"chair-plan-" + chaired.id() + "\"").contains("2 (last 1 July 2026)")
                .doesNotContain("id=\"chair-plan-" + recordedByManager.id() + "\"");
        assertThat(PageSession.signedIn(port, "manager").get("/chair").status()).isEqualTo(403);
    }

    @Test
    void aChairEscalatesAndTheTeamManagerResponds() {
        ChildProtectionPlan plan = plan("chair");
        String path = "/api/v1/plans/" + plan.id() + "/escalations";
        Api chair = new Api(port, "chair");
        assertThat(new Api(port, "social").post(path, "{\"concern\": \"Drift\"}").status()).isEqualTo(403);
        assertThat(new Api(port, "manager").post(path, "{\"concern\": \"Drift\"}").status()).isEqualTo(403);
        Api.Response blank = chair.post(path, "{\"concern\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("concern");

        Api.Response raised = chair.post(path, "{\"concern\": \"No core group since June; school not invited\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().get("id").asLong();
        LocalDate due = calendar.addWorkingDays(clock.today(), 5);
        assertThat(raised.json().get("responseDueOn").asString()).isEqualTo(due.toString());
        assertThat(chairCase(plan.id()).openEscalations()).extracting(Escalation::id).containsExactly(id);

        String record = PageSession.signedIn(port, "manager").get("/people/" + plan.personId()).body();
        assertThat(record).contains("id=\"respond-escalation-" + id + "\"").contains("No core group since June");
        assertThat(PageSession.signedIn(port, "manager").get("/escalations/" + id + "/response").status()).isEqualTo(200);

        String respond = "/api/v1/escalations/" + id + "/response";
        assertThat(chair.post(respond, "{\"response\": \"Noted\"}").status()).isEqualTo(403);
        assertThat(new Api(port, "social").post(respond, "{\"response\": \"Noted\"}").status()).isEqualTo(403);
        assertThat(new Api(port, "manager").post(respond, "{}").status()).isEqualTo(400);
        Api.Response answered = new Api(port, "manager").post(respond, "{\"response\": \"Core group booked for Friday\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("respondedBy").asString()).isNotBlank();
        assertThat(new Api(port, "manager").post(respond, "{\"response\": \"Again\"}").status()).isEqualTo(409);
        assertThat(chairCase(plan.id()).openEscalations()).isEmpty();
        assertThat(events.chronology(List.of(plan.personId()), ChronologyFilter.latest(40))).extracting(e -> e.summary())
                .anySatisfy(s -> assertThat(s).startsWith("Chair escalated a concern about the plan’s progress"))
                .anySatisfy(s -> assertThat(s).startsWith("Team manager responded to the chair’s escalation"));

        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 8, 10), ReviewDecision.END_PLAN, null),
                fx.user("chair"), API);
        assertThat(chair.post(path, "{\"concern\": \"Too late\"}").status()).isEqualTo(409);
    }
}
