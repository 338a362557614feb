package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWork;
import org.opencsc.workforce.DueWorkRow;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SingleAssessmentTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    TestClock clock;
    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    AssessmentTimescale timescale;
    @Autowired
    AssessmentDueWork dueWork;
    @Autowired
    EventLog events;
    @Autowired
    DueWork workLists;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private CurrentUser user(String username) {
        return fx.user(username);
    }

    private SingleAssessment read(long id) {
        return assessments.open(id, user("social"), API, "/test");
    }

    @Test
    void dueFortyFiveWorkingDaysAfterTheReferralAcrossEasterAndTheMayBankHolidays() {
        // Referred Thursday 17 April 2025. Good Friday (18 April), Easter Monday (21 April), the early May
        // bank holiday (5 May) and the spring bank holiday (26 May) are not working days. Counting from
        // Tuesday 22 April: 4 + 5 (to 2 May) + 4 (6-9 May) + 5 + 5 (to 23 May) + 4 (27-30 May) + 5 + 5 + 5
        // (to 20 June) = 42, then 23, 24 and 25 June: Wednesday 25 June 2025. (Nine plain weeks would end
        // on Thursday 19 June; the four bank holidays push it four working days on.)
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 4, 17));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 4, 22), user("social"), API);

        SingleAssessment a = read(id);
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(timescale.dueOn(LocalDate.of(2025, 4, 17))).isEqualTo(LocalDate.of(2025, 6, 25));
    }

    @Test
    void authorisedOnTheDueDateIsInTimeAndTheNextWorkingDayIsOneDayLate() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 4, 17));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 4, 17), user("social"), API);
        assessments.saveDraft(id, ReferredChildren.complete(0), user("social"), API);
        assessments.submit(id, 1, LocalDate.of(2025, 6, 20), user("social"), API);
        // Thursday 26 June 2025 is the 46th working day after the referral.
        assessments.authorise(id, 2, LocalDate.of(2025, 6, 26), user("manager"), API);

        SingleAssessment a = read(id);
        assertThat(timescale.workingDaysTaken(a)).isEqualTo(46);
        assertThat(assessments.timeliness(a)).startsWith("Authorised 1 working day late");
        SingleAssessment onTime = new SingleAssessment(a.id(), a.referralId(), a.personId(), a.childName(), a.referralDate(),
                a.startedOn(), a.dueOn(), a.status(), a.startedBy(), a.sections(), a.factors(), a.outcome(), a.outcomeReasons(),
                a.completedOn(), a.submittedBy(), a.returnedBy(), a.returnedComment(), LocalDate.of(2025, 6, 25),
                a.authorisedBy(), a.authorisedComment(), a.familyAssessmentId(), a.familyVersion(), a.version());
        assertThat(assessments.timeliness(onTime)).startsWith("Authorised within 45 working days");
    }

    @Test
    void historyIsPrefilledWithPreviousReferralsAndTheFamilyNetwork() {
        ReferredChildren.Family f = fx.withHistory(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 9, 15));
        long id = assessments.start(f.referral(), LocalDate.of(2025, 9, 16), user("social"), API);

        String history = read(id).text(AssessmentSection.HISTORY);
        assertThat(history).contains("9 January 2025").contains("Referral " + f.previousReferral() + " ");
        assertThat(history).contains("contact received: Contact from Health services: GP");
        assertThat(history).contains(f.siblingName() + ", sibling, born 14 February 2019");
        // Oldest first: the earlier referral is written before the current one.
        assertThat(history.indexOf("Referral " + f.previousReferral() + " "))
                .isLessThan(history.indexOf("Referral " + f.referral() + " "));
    }

    @Test
    void submittingAnIncompleteAssessmentNamesEveryMissingPart() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 4), user("social"), API);
        var sections = new EnumMap<AssessmentSection, String>(AssessmentSection.class);
        sections.put(AssessmentSection.ANALYSIS, "Some analysis");
        sections.put(AssessmentSection.HISTORY, "   ");
        assessments.saveDraft(id, new AssessmentDraft(sections, Set.of(), null, null, 0), user("social"), API);

        assertThatThrownBy(() -> assessments.submit(id, 1, null, user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("wishesAndFeelings", "history", "parentalCapacity", "cultureAndIdentity",
                                "riskAndProtectiveFactors", "factors", "outcome", "outcomeReasons", "completedOn"));
        assertThatThrownBy(() -> assessments.submit(id, 1, LocalDate.of(2025, 3, 1), user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("completedOn"));
        assertThat(read(id).inProgress()).isTrue();
    }

    @Test
    void noFactorsIdentifiedCannotBeCombinedWithAnyOther() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user("social"), API);
        AssessmentDraft base = ReferredChildren.complete(0);
        AssessmentDraft combined = new AssessmentDraft(base.sections(), Set.of(AssessmentFactor.NO_FACTORS, AssessmentFactor.NEGLECT),
                base.outcome(), base.outcomeReasons(), 0);

        assertThatThrownBy(() -> assessments.saveDraft(id, combined, user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("factors"));
        assessments.saveDraft(id, new AssessmentDraft(base.sections(), Set.of(AssessmentFactor.NO_FACTORS),
                AssessmentOutcome.NO_FURTHER_ACTION, "No concerns", 0), user("social"), API);
        assertThat(read(id).factorCodes()).containsExactly("21");
    }

    @Test
    void aManagerReturnsItWithACommentThenAuthorisesItAndItIsLocked() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 5, 2));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 5, 6), user("social"), API);
        assessments.saveDraft(id, ReferredChildren.complete(0), user("social"), API);
        assessments.submit(id, 1, LocalDate.of(2025, 6, 2), user("social"), API);
        assertThat(read(id).awaitingAuthorisation()).isTrue();
        assertThatThrownBy(() -> assessments.saveDraft(id, ReferredChildren.complete(2), user("social"), API))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> assessments.returnToWorker(id, 2, " ", user("manager"), API))
                .isInstanceOf(ValidationException.class);
        assessments.returnToWorker(id, 2, "Add what Kai said about school", user("manager"), API);
        SingleAssessment returned = read(id);
        assertThat(returned.inProgress()).isTrue();
        assertThat(returned.returnedComment()).isEqualTo("Add what Kai said about school");

        assessments.saveDraft(id, ReferredChildren.complete(3), user("social"), API);
        assessments.submit(id, 4, LocalDate.of(2025, 6, 3), user("social"), API);
        assertThatThrownBy(() -> assessments.authorise(id, 5, LocalDate.of(2025, 6, 2), user("manager"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("authorisedOn"));
        assessments.authorise(id, 5, LocalDate.of(2025, 6, 4), user("manager"), API);

        SingleAssessment done = read(id);
        assertThat(done.authorised()).isTrue();
        assertThat(done.authorisedOn()).isEqualTo(LocalDate.of(2025, 6, 4));
        assertThatThrownBy(() -> assessments.saveDraft(id, ReferredChildren.complete(done.version()), user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessage("An authorised assessment is corrected by an amendment");
        assertThatThrownBy(() -> assessments.authorise(id, done.version(), LocalDate.of(2025, 6, 4), user("manager"), API))
                .isInstanceOf(ConflictException.class);

        List<ChronologyEntry> chronology = events.chronology(List.of(r.child()), new ChronologyFilter(Set.of(
                EventType.ASSESSMENT_STARTED, EventType.ASSESSMENT_SUBMITTED, EventType.ASSESSMENT_RETURNED,
                EventType.ASSESSMENT_AUTHORISED), Set.of(), null, null, null, 20, 0));
        assertThat(chronology).extracting(ChronologyEntry::type).containsExactlyInAnyOrder(EventType.ASSESSMENT_STARTED,
                EventType.ASSESSMENT_SUBMITTED, EventType.ASSESSMENT_RETURNED, EventType.ASSESSMENT_SUBMITTED,
                EventType.ASSESSMENT_AUTHORISED);
        ChronologyEntry authorised = chronology.stream().filter(e -> e.type() == EventType.ASSESSMENT_AUTHORISED).findFirst().orElseThrow();
        assertThat(authorised.summary()).contains("child in need services or plan").contains("3B").contains("16A");
    }

    @Test
    void aStaleVersionIsRefused() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user("social"), API);
        assessments.saveDraft(id, ReferredChildren.complete(0), user("social"), API);
        assertThatThrownBy(() -> assessments.saveDraft(id, ReferredChildren.complete(0), user("manager"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void onlyOneAssessmentPerReferralStartingBetweenTheReferralAndToday() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        assertThatThrownBy(() -> assessments.start(r.referral(), LocalDate.of(2025, 3, 2), user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before the referral");
        assertThatThrownBy(() -> assessments.start(r.referral(), clock.today().plusDays(2), user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("future");
        assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user("social"), API);
        assertThatThrownBy(() -> assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user("manager"), API))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aClosedReferralCannotStartOne() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        jdbc.sql("UPDATE referral SET closure_date = DATE '2025-03-10', closure_reason = 'RC8' WHERE id = ?")
                .params(r.referral()).update();
        assertThatThrownBy(() -> assessments.start(r.referral(), LocalDate.of(2025, 3, 4), user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed on 10 March 2025");
    }

    @Test
    void supportWorkersAuditorsAndOtherTeamsCannotWriteAndWorkersCannotAuthorise() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        for (String who : List.of("family", "auditor", "social2", "chair")) {
            assertThatThrownBy(() -> assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user(who), API))
                    .as(who).isInstanceOf(RecordAccessDeniedException.class);
        }
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 3), user("social"), API);
        assertThatThrownBy(() -> assessments.saveDraft(id, ReferredChildren.complete(0), user("family"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        assessments.saveDraft(id, ReferredChildren.complete(0), user("social"), API);
        assessments.submit(id, 1, LocalDate.of(2025, 4, 1), user("social"), API);
        assertThatThrownBy(() -> assessments.authorise(id, 2, LocalDate.of(2025, 4, 2), user("social"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> assessments.returnToWorker(id, 2, "No", user("auditor"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
    }

    @Test
    void dueWorkIsTheWorkersWhileInProgressThenTheManagersToAuthorise() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 4, 17));
        ProtectionJourney.Referred other = fx.referred(LocalDate.of(2025, 4, 17));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 4, 22), user("social"), API);

        assertThat(dueWork.dueFor(List.of(r.child(), other.child()))).containsExactly(
                DueItem.forWorker(r.child(), "Single assessment", LocalDate.of(2025, 6, 25), "/assessments/" + id));
        assertThat(workLists.mine(user("social")).rows()).extracting(DueWorkRow::href).contains("/assessments/" + id);

        assessments.saveDraft(id, ReferredChildren.complete(0), user("social"), API);
        assessments.submit(id, 1, LocalDate.of(2025, 6, 2), user("social"), API);
        assertThat(dueWork.dueFor(List.of(r.child()))).containsExactly(
                DueItem.forManager(r.child(), "Authorise single assessment", LocalDate.of(2025, 6, 25), "/assessments/" + id));

        // The manager's team work list shows it; the worker's own list leaves manager-only items out.
        assertThat(workLists.team(user("manager"), null, null).rows()).extracting(DueWorkRow::href).contains("/assessments/" + id);
        assertThat(workLists.mine(user("social")).rows()).extracting(DueWorkRow::href).doesNotContain("/assessments/" + id);

        assessments.authorise(id, 2, LocalDate.of(2025, 6, 3), user("manager"), API);
        assertThat(dueWork.dueFor(List.of(r.child()))).isEmpty();
        assertThat(dueWork.dueFor(List.of())).isEmpty();
    }
}
