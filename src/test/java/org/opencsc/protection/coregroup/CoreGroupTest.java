package org.opencsc.protection.coregroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanTimescales;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CoreGroupTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    CoreGroups coreGroups;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    Conferences conferences;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    @Test
    void theFirstCoreGroupIsDue10WorkingDaysAfterTheConferenceThenEach20WorkingDaysAcrossChristmas() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        // Mon 1 December 2025 + 10 working days: Mon 15 December.
        assertThat(plan.nextCoreGroupDueOn()).isEqualTo(LocalDate.of(2025, 12, 15));

        coreGroups.record(plan.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2025, 12, 12)), fx.user("social"), API);
        // Fri 12 December + 20 working days, skipping Christmas Day, Boxing Day and New Year's Day: Wed 14 January 2026.
        LocalDate next = conferences.openPlanOf(r.child()).orElseThrow().nextCoreGroupDueOn();
        assertThat(next).isEqualTo(LocalDate.of(2026, 1, 14))
                .isEqualTo(calendar.addWorkingDays(LocalDate.of(2025, 12, 12), PlanTimescales.LATER_CORE_GROUP_WORKING_DAYS));

        // Held Mon 19 January, 3 working days late.
        coreGroups.record(plan.id(), new CoreGroupInput(LocalDate.of(2026, 1, 19), "Mum; Sam Social", false,
                "Missed the GP appointment", "Mum: rebook GP by 23 January"), fx.user("manager"), API);
        assertThat(conferences.openPlanOf(r.child()).orElseThrow().nextCoreGroupDueOn()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(40)))
                .filteredOn(e -> e.typeLabel().equals(EventType.CORE_GROUP.label()))
                .extracting(e -> e.summary())
                .containsExactly("Core group meeting: child not seen; held 3 working days after it was due on 14 January 2026; "
                                + "next due by 16 February 2026",
                        "Core group meeting: child seen; next due by 14 January 2026");
    }

    @Test
    void aCoreGroupNeedsAnOpenPlanAndCannotBeBeforeItStartedOrInTheFuture() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        assertThatThrownBy(() -> coreGroups.record(plan.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2025, 11, 28)), fx.user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before the plan started on 1 December 2025");
        assertThatThrownBy(() -> coreGroups.record(plan.id(), ProtectionJourney.coreGroupMeeting(clock.today().plusDays(1)), fx.user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> coreGroups.record(plan.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2025, 12, 12)), fx.user("auditor"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 2, 20), ReviewDecision.END_PLAN, null),
                fx.user("chair"), API);
        assertThatThrownBy(() -> coreGroups.record(plan.id(), ProtectionJourney.coreGroupMeeting(LocalDate.of(2026, 2, 25)), fx.user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ended on 20 February 2026");
    }

    @Test
    void overTheApi() {
        var r = fx.referredAndAllocated(LocalDate.of(2025, 11, 20));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1), "chair");
        Api social = new Api(port, "social");
        Api.Response bad = social.post("/api/v1/plans/" + plan.id() + "/core-groups", "{\"heldOn\": \"2025-12-12\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("attendees").contains("childSeen").contains("progress").contains("actions");
        Api.Response ok = social.post("/api/v1/plans/" + plan.id() + "/core-groups", """
                {"heldOn": "2025-12-12", "attendees": "Mum, Sam Social", "childSeen": true, "progress": "Some",
                 "actions": "Sam: home visit weekly"}""");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("plan").get("nextCoreGroupDueOn").asString()).isEqualTo("2026-01-14");
        assertThat(social.post("/api/v1/plans/999999999/core-groups", "{}").status()).isEqualTo(404);
        assertThat(new Api(port, "social2").post("/api/v1/plans/" + plan.id() + "/core-groups", """
                {"heldOn": "2025-12-12", "attendees": "x", "childSeen": true, "progress": "x", "actions": "x"}""").status())
                .isEqualTo(403);
    }
}
