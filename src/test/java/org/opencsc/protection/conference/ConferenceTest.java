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
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ConferenceTest {

    @Autowired
    ProtectionJourney fx;
    @Autowired
    Conferences conferences;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static InitialConferenceInput conference(long enquiry, LocalDate held, Boolean plan, AbuseCategory category) {
        return new InitialConferenceInput(enquiry, held, "Casey Chair", "Mum; DS Lowe (police); Nurse Patel (health); Sam Social",
                "Kai said: \"I want dad to stop shouting.\"", plan, category, "Pattern of neglect and a physical injury");
    }

    @Test
    void aPlanStartsWithTheCoreGroupDue10WorkingDaysAndTheFirstReview3MonthsLater() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 16));

        long id = conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 23), true, AbuseCategory.NEG),
                fx.user("chair"), API);
        ChildProtectionPlan plan = conferences.planFrom(id, fx.user("chair"), API, "/test");
        assertThat(plan.category()).isEqualTo(AbuseCategory.NEG);
        assertThat(plan.startedOn()).isEqualTo(LocalDate.of(2025, 5, 23));
        // 10 working days after Fri 23 May 2025, past the Spring bank holiday on Mon 26 May: Mon 9 June.
        assertThat(plan.coreGroupDueOn()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(plan.firstReviewDueOn()).isEqualTo(LocalDate.of(2025, 8, 23));
        assertThat(plan.repeatPlan()).isFalse();
        String page = org.opencsc.support.PageSession.signedIn(port, "social").get("/people/" + r.child()).body();
        assertThat(page).contains("Child protection plan: neglect, since 23 May 2025")
                .contains("First core group due by 9 June 2025; first review conference due by 23 August 2025");
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(40)))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("Initial child protection conference: child protection plan (neglect)"))
                .anySatisfy(e -> assertThat(e.summary()).contains("Child protection plan started: neglect"));
    }

    @Test
    void aLateConferenceSaysHowLateOnTheChronology() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 16));
        // Due Wed 28 May; held Tue 3 June: 4 working days late.
        conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 6, 3), false, null), fx.user("chair"), API);
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(40))).anySatisfy(e -> assertThat(e.summary())
                .isEqualTo("Initial child protection conference: no plan; held 4 working days after it was due on 28 May 2025"));
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheReason() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        assertThatThrownBy(() -> conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 20), true, AbuseCategory.PHY),
                fx.user("chair"), API)).isInstanceOf(ValidationException.class).hasMessageContaining("has no outcome yet");
        fx.s47Completed(enquiry, S47Outcome.CONCERNS_NOT_SUBSTANTIATED, LocalDate.of(2025, 5, 16));
        assertThatThrownBy(() -> conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 20), true, AbuseCategory.PHY),
                fx.user("chair"), API)).isInstanceOf(ValidationException.class).hasMessageContaining("concluded no conference");
        assertThat(jdbc.sql("SELECT count(*) FROM cp_plan WHERE person_id = ?").params(r.child()).query(Long.class).single()).isZero();
    }

    @Test
    void aConferenceIsRecordedOnceByAChairWithTheChildsViewsAndAPlanNeedsACategory() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 16));
        assertThatThrownBy(() -> conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 20), true, AbuseCategory.EMO),
                fx.user("social"), API)).isInstanceOf(RecordAccessDeniedException.class);
        var incomplete = new InitialConferenceInput(enquiry, LocalDate.of(2025, 5, 1), " ", null, "", true, null, null);
        assertThatThrownBy(() -> conferences.recordInitial(incomplete, fx.user("chair"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("heldOn", "chair", "attendees", "childViews", "reasons", "category"));
        conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 20), true, AbuseCategory.EMO), fx.user("chair"), API);
        assertThatThrownBy(() -> conferences.recordInitial(conference(enquiry, LocalDate.of(2025, 5, 21), true, AbuseCategory.EMO),
                fx.user("chair"), API)).isInstanceOf(ConflictException.class).hasMessageContaining("already been recorded");
    }

    @Test
    void aSecondPlanWithinTwoYearsOfTheLastEndingIsARepeatPlan() {
        var r = fx.referredAndAllocated(LocalDate.of(2024, 1, 8));
        long first = fx.s47Started(r, LocalDate.of(2024, 1, 9));
        fx.s47Completed(first, S47Outcome.ICPC_REQUIRED, LocalDate.of(2024, 1, 19));
        conferences.recordInitial(conference(first, LocalDate.of(2024, 1, 26), true, AbuseCategory.NEG), fx.user("chair"), API);
        // The first plan ended in September 2024 (ending plans arrives with review conferences; set directly here).
        jdbc.sql("UPDATE cp_plan SET ended_on = DATE '2024-09-30', end_reason = 'Review: plan no longer needed' WHERE person_id = ?")
                .params(r.child()).update();

        long second = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        fx.s47Completed(second, S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 16));
        long id = conferences.recordInitial(conference(second, LocalDate.of(2025, 5, 23), true, AbuseCategory.PHY),
                fx.user("chair"), API);
        assertThat(conferences.planFrom(id, fx.user("chair"), API, "/test").repeatPlan()).isTrue();
    }

    @Test
    void overTheApi() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = fx.s47Started(r, LocalDate.of(2025, 5, 6));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 16));
        Api chair = new Api(port, "chair");
        Api.Response bad = chair.post("/api/v1/conferences/initial",
                "{\"s47EnquiryId\": %d, \"heldOn\": \"23/05/2025\", \"category\": \"BAD\"}".formatted(enquiry));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("heldOn").contains("category");
        Api.Response ok = chair.post("/api/v1/conferences/initial", """
                {"s47EnquiryId": %d, "heldOn": "2025-05-23", "chair": "Casey Chair", "attendees": "Mum, police, health",
                 "childViews": "Kai drew his house and said he feels safe with nan", "planNeeded": true, "category": "MUL",
                 "reasons": "Neglect and emotional harm"}""".formatted(enquiry));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("plan").get("category").asString()).isEqualTo("MUL");
        assertThat(ok.json().get("plan").get("coreGroupDueOn").asString()).isEqualTo("2025-06-09");
        assertThat(new Api(port, "auditor").post("/api/v1/conferences/initial", "{}").status()).isEqualTo(403);
    }
}
