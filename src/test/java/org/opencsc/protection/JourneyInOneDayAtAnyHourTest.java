package org.opencsc.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opencsc.assessment.AssessmentDraft;
import org.opencsc.assessment.AssessmentFactor;
import org.opencsc.assessment.AssessmentOutcome;
import org.opencsc.assessment.AssessmentSection;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.episode.CareLevel;
import org.opencsc.episode.CareLevels;
import org.opencsc.episode.ClosureReason;
import org.opencsc.episode.EpisodeClosure;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.person.AddressChange;
import org.opencsc.person.PersonInput;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanContent;
import org.opencsc.plan.PlanReviews;
import org.opencsc.plan.ReviewInput;
import org.opencsc.plan.ReviewKind;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.conference.InitialConferenceInput;
import org.opencsc.protection.conference.ReviewConferenceInput;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.protection.coregroup.CoreGroupInput;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.protection.strategy.S47Decision;
import org.opencsc.protection.strategy.StrategyDiscussionAmendments;
import org.opencsc.protection.strategy.StrategyDiscussionInput;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.AccessLog;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.SupervisionInput;
import org.opencsc.workforce.Supervisions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every step of the journey dated today, with no time typed, at the awkward hours: each is
 * accepted (a date-only "not in the future" check compares London dates), and each sits in the
 * chronology on today's London date, never after now, in the order it was recorded (the rule
 * for date-only entries: today's sit at the moment they are recorded). Before, every step
 * dated today was put at noon: in the future all morning, and after later entries all day.
 */
@IntegrationTest
class JourneyInOneDayAtAnyHourTest {

    static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    StrategyDiscussions discussions;
    @Autowired
    S47Enquiries enquiries;
    @Autowired
    Conferences conferences;
    @Autowired
    CoreGroups coreGroups;
    @Autowired
    ChildPlans plans;
    @Autowired
    PlanReviews reviews;
    @Autowired
    AddressChange addresses;
    @Autowired
    Supervisions supervisions;
    @Autowired
    CareLevels levels;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    ReferralService referrals;
    @Autowired
    EventLog events;
    @Autowired
    ReviewConferences reviewConferences;
    @Autowired
    StrategyDiscussionAmendments amendments;

    @AtAwkwardTimes
    void fromReferralToAReviewedChildProtectionPlanAllToday(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = clock.today();
        assertThat(today).isEqualTo(at.toLocalDate());

        ProtectionJourney.Referred r = journey.referredAndAllocated(today);
        long frontDoor = latestEventOf(r.child());
        long assessment = assessments.start(r.referral(), today, journey.user("social"), API);
        assessments.saveDraft(assessment, completeAssessment(), journey.user("social"), API);
        assessments.submit(assessment, 1, today, journey.user("social"), API);
        assessments.authorise(assessment, 2, today, journey.user("manager"), API);

        // As the page sends a discussion held today with no time typed.
        long discussion = discussions.record(new StrategyDiscussionInput(r.referral(), LondonTime.placeDate(today, clock),
                "Shared by all agencies", ProtectionJourney.allAgencies(), List.of(), S47Decision.START_S47,
                "Disclosure and bruising"), journey.user("social"), API);
        long enquiry = discussions.open(discussion, journey.user("social"), API, "/test").s47EnquiryId();
        int version = enquiries.open(enquiry, journey.user("social"), API, "/test").version();
        enquiries.complete(enquiry, version, S47Outcome.ICPC_REQUIRED, "Medical and interviews", today,
                journey.user("social"), API);
        long conference = conferences.recordInitial(new InitialConferenceInput(enquiry, today, "Casey Chair",
                "Mum, police, health", "Kai said he is hungry at home", true, AbuseCategory.NEG, "Persistent neglect"),
                journey.user("chair"), API);
        ChildProtectionPlan cp = conferences.planFrom(conference, journey.user("chair"), API, "/test");
        coreGroups.record(cp.id(), new CoreGroupInput(today, "Mum; Sam Social; Nurse Patel", true, "First meeting",
                "Nurse Patel: health check"), journey.user("social"), API);

        // The conference started the CP plan's content; the worker writes it.
        long plan = plans.listFor(r.child(), journey.user("social"), API, "/test").getFirst().id();
        int saved = plans.saveDraft(plan, planContent(today), null, journey.user("social"), API).draftVersion();
        plans.finalise(plan, saved, journey.user("social"), API);
        reviews.record(plan, new ReviewInput(ReviewKind.CORE_GROUP, null, null, today, "Mum, school", Map.of("o1", 4),
                Map.of(), "Carry on"), journey.user("social"), API);

        addresses.move(r.child(), new PersonInput.AddressInput("3 Oak Crescent", null, "Kirkby", "L32 1XY", today), false,
                journey.user("social"), API);
        supervisions.record(new SupervisionInput(journey.user("social").id(), today, "Caseload reviewed",
                List.of(new SupervisionInput.ChildDiscussed(r.child(), "The plan is starting well", null, List.of()))),
                journey.user("manager"), API);

        assertRecordedTodayInOrder(r.child(), frontDoor);
    }

    @AtAwkwardTimes
    void aChildSteppedDownAndClosedTheDayTheyWereReferred(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = clock.today();

        ProtectionJourney.Referred r = journey.referredAndAllocated(today);
        long frontDoor = latestEventOf(r.child());
        levels.change(r.child(), CareLevel.EARLY_HELP, today, "Family hub can meet the need", journey.user("manager"), API);
        closure.close(r.referral(), referrals.find(r.referral()).version(), today, ClosureReason.RC9,
                "Family hub to support mum", journey.user("manager"), API);

        assertRecordedTodayInOrder(r.child(), frontDoor);
    }

    /** The review conference that ends a plan today: the conference, the plan's end and the step down all sit today, none ahead. */
    @AtAwkwardTimes
    void aReviewConferenceTodayEndsThePlan(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = clock.today();
        ProtectionJourney.Referred r = journey.referredAndAllocated(today.minusDays(100));
        ChildProtectionPlan cp = journey.onAPlan(r, today.minusDays(97), today.minusDays(85), "chair");
        long before = latestEventOf(r.child());

        reviewConferences.record(new ReviewConferenceInput(cp.id(), today, "Casey Chair", "Mum; DS Lowe (police)",
                "Kai said things are calmer", ReviewDecision.END_PLAN, null, "Progress on every outcome"),
                journey.user("chair"), API);

        Instant now = clock.instant();
        List<ChronologyEntry> recorded = events.chronology(List.of(r.child()), ChronologyFilter.latest(100)).stream()
                .filter(e -> e.eventId() > before).toList();
        assertThat(recorded).extracting(ChronologyEntry::type).contains(EventType.CP_CONFERENCE,
                EventType.CP_PLAN, EventType.LEVEL_CHANGED);
        for (ChronologyEntry e : recorded) {
            assertThat(e.occurredAt()).as("%s", e.summary()).isBeforeOrEqualTo(now).isAfterOrEqualTo(at.toInstant());
        }
    }

    /** A discussion recorded yesterday afternoon, corrected to today this morning: its time is kept only if it has passed. */
    @AtAwkwardTimes
    void aDiscussionCorrectedToTodayIsNeverInTheFuture(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = clock.today();
        ProtectionJourney.Referred r = journey.referredAndAllocated(today.minusDays(5));
        Instant held = today.minusDays(1).atTime(16, 0).atZone(LondonTime.ZONE).toInstant();
        long id = discussions.record(new StrategyDiscussionInput(r.referral(), held, "Shared by all agencies",
                ProtectionJourney.allAgencies(), List.of(), S47Decision.NO_S47, "No reasonable cause"), journey.user("social"), API);

        amendments.amend(id, "heldOn", today.toString(), "Typed the wrong day", null, journey.user("social"), API);

        Instant corrected = discussions.open(id, journey.user("social"), API, "/test").heldAt();
        assertThat(LondonTime.dateOf(corrected)).isEqualTo(today);
        assertThat(corrected).isBeforeOrEqualTo(clock.instant());
        if (!today.atTime(16, 0).atZone(LondonTime.ZONE).toInstant().isAfter(at.toInstant())) {
            assertThat(corrected).as("the time of day is kept once it has passed")
                    .isEqualTo(today.atTime(16, 0).atZone(LondonTime.ZONE).toInstant());
        }
    }

    private long latestEventOf(long child) {
        return events.chronology(List.of(child), ChronologyFilter.latest(100)).stream()
                .mapToLong(ChronologyEntry::eventId).max().orElseThrow();
    }

    /**
     * Every entry is dated today in London and none is after now; the steps recorded after the
     * front door (event ids above {@code frontDoor}) are newest first in the order they were
     * recorded, above everything the front door recorded.
     */
    private void assertRecordedTodayInOrder(long child, long frontDoor) {
        Instant now = clock.instant();
        List<ChronologyEntry> entries = events.chronology(List.of(child), ChronologyFilter.latest(100));
        for (ChronologyEntry e : entries) {
            assertThat(e.occurredAt()).as("%s", e.summary()).isBeforeOrEqualTo(now);
            assertThat(LondonTime.dateOf(e.occurredAt())).as("%s", e.summary()).isEqualTo(clock.today());
        }
        List<ChronologyEntry> steps = entries.stream().filter(e -> e.eventId() > frontDoor).toList();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries.subList(0, steps.size())).as("the steps come first, newest first").isEqualTo(steps)
                .isSortedAccordingTo(Comparator.comparingLong(ChronologyEntry::eventId).reversed());
    }

    private static AssessmentDraft completeAssessment() {
        Map<AssessmentSection, String> sections = new java.util.EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s, "Written: " + s.label());
        }
        return new AssessmentDraft(sections, java.util.Set.of(AssessmentFactor.NEGLECT), AssessmentOutcome.CHILD_IN_NEED,
                "Needs support with routines", 0);
    }

    private static PlanContent planContent(LocalDate today) {
        return new PlanContent(List.of(new PlanContent.Need("n1", "Kai needs to be fed",
                List.of(new PlanContent.Outcome("o1", "Kai has breakfast every day", "Never", "Every day", 2)),
                List.of(new PlanContent.Action("a1", "o1", "Food bank referral", "Sam Social", today.plusDays(7), null)))),
                "I want breakfast", "Legal planning meeting if no change");
    }
}
