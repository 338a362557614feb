package org.opencsc.protection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanEnded;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ReviewConferenceTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    Conferences conferences;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    private ChildProtectionPlan planOf(ChildProtectionPlan plan) {
        return conferences.openPlanOf(plan.personId()).orElse(null);
    }

    private List<String> summaries(long child) {
        return events.chronology(List.of(child), ChronologyFilter.latest(40)).stream().map(e -> e.summary()).toList();
    }

    @Test
    void theFirstReviewIsDueIn3MonthsThenEach6MonthsAndALateOneSaysHowLateInWorkingAndCalendarDays() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        assertThat(plan.nextReviewDueOn()).isEqualTo(LocalDate.of(2026, 3, 1));

        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 20), ReviewDecision.CONTINUE_PLAN, AbuseCategory.NEG),
                fx.user("chair"), API);
        assertThat(planOf(plan).nextReviewDueOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(summaries(r.child())).contains(
                "Review child protection conference: plan continues (neglect); next review due by 20 August 2026");

        // Due Thu 20 August 2026, held Tue 1 September: 12 calendar days, 7 working days past the Summer bank holiday (31 August).
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 9, 1), ReviewDecision.CONTINUE_PLAN, AbuseCategory.PHY),
                fx.user("manager"), API);
        ChildProtectionPlan after = planOf(plan);
        assertThat(after.nextReviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(after.category()).isEqualTo(AbuseCategory.PHY);
        assertThat(summaries(r.child())).contains("Review child protection conference: plan continues (physical abuse), "
                + "category changed from neglect; next review due by 1 March 2027; "
                + "held 7 working days (12 calendar days) after it was due on 20 August 2026");
    }

    @Test
    void endingThePlanClosesItOnTheDayAndPublishesPlanEnded(ApplicationEvents published) {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 20), ReviewDecision.END_PLAN, null), fx.user("chair"), API);

        assertThat(conferences.openPlanOf(r.child())).isEmpty();
        ChildProtectionPlan ended = reviews.plan(plan.id(), fx.user("chair"), API, "/test");
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(published.stream(PlanEnded.class).filter(e -> e.planId() == plan.id()).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.personId()).isEqualTo(r.child());
                    assertThat(e.endedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
                    assertThat(e.reason()).isEqualTo("Progress on the plan's outcomes");
                });
        assertThat(summaries(r.child())).contains("Review child protection conference: plan ended")
                .anySatisfy(s -> assertThat(s).startsWith("Child protection plan ended: neglect"));

        // No review without an open plan.
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 3, 20), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.NEG), fx.user("chair"), API)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("reviews an open plan");
    }

    @Test
    void aReviewFollowsThePreviousConferenceIsNotInTheFutureAndContinuingNeedsACategory() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2025, 11, 28), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.NEG), fx.user("chair"), API)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("before the plan started on 1 December 2025");
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2025, 12, 1), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.NEG), fx.user("chair"), API)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("after the previous conference on 1 December 2025");
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), clock.today().plusDays(2), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.NEG), fx.user("chair"), API)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot be in the future");
        var incomplete = new ReviewConferenceInput(plan.id(), LocalDate.of(2026, 2, 20), "", null, " ",
                ReviewDecision.CONTINUE_PLAN, null, null);
        assertThatThrownBy(() -> reviews.record(incomplete, fx.user("chair"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("chair", "attendees", "childViews", "category", "reasons"));
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 20), ReviewDecision.END_PLAN, null),
                fx.user("social"), API)).isInstanceOf(RecordAccessDeniedException.class);
        // The first review follows the initial conference; a second must follow the first.
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 20), ReviewDecision.CONTINUE_PLAN, AbuseCategory.NEG),
                fx.user("chair"), API);
        assertThatThrownBy(() -> reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 10), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.NEG), fx.user("chair"), API)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("after the previous conference on 20 February 2026");
    }

    @Test
    void overTheApi() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        Api chair = new Api(port, "chair");
        Api.Response bad = chair.post("/api/v1/conferences/review",
                "{\"planId\": %d, \"heldOn\": \"20/02/2026\", \"decision\": \"MAYBE\"}".formatted(plan.id()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(bad.body()).contains("heldOn").contains("decision");
        String body = """
                {"planId": %d, "heldOn": "2026-02-20", "chair": "Casey Chair", "attendees": "Mum, police, school",
                 "childViews": "Kai says he feels safer", "decision": "END_PLAN", "reasons": "Risks reduced"}""".formatted(plan.id());
        Api.Response ok = chair.post("/api/v1/conferences/review", body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("plan").get("endedOn").asString()).isEqualTo("2026-02-20");
        assertThat(chair.post("/api/v1/conferences/review", body.replace("2026-02-20", "2026-03-20")).status()).isEqualTo(409);
        assertThat(chair.post("/api/v1/conferences/review", "{\"planId\": 999999999}").status()).isEqualTo(400);
        assertThat(new Api(port, "auditor").post("/api/v1/conferences/review", body).status()).isEqualTo(403);
    }
}
