package org.opencsc.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.assessment.AssessmentFactor;
import org.opencsc.assessment.SingleAssessment;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.frontdoor.Referral;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.protection.strategy.StrategyDiscussion;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.springframework.stereotype.Component;

/**
 * What the rest of the episode says about a closure, by the DfE CIN census validation rules, so
 * a case is not closed with a reason its own record contradicts (the census would reject it):
 * <ul>
 *   <li>8867: an episode does not close while its assessment is unfinished (in progress or
 *       awaiting authorisation), whatever the reason; the assessment is finished first;</li>
 *   <li>8868: nor while a Section 47 enquiry started in it waits for its outcome or for the
 *       initial conference it asked for;</li>
 *   <li>8565: nor before the assessment was authorised;</li>
 *   <li>2990: RC8 ("case closed after assessment, no further action") is not used for an episode
 *       that had a Section 47 enquiry or a child protection plan: there was further action;</li>
 *   <li>8873: when the episode's assessment found no factors (21 only), the reason is RC8.</li>
 * </ul>
 * RC8 or RC9 with no assessment at all is only a query in the census (8825Q: a referral can end
 * with no further action before any assessment), so it is allowed. RC2 ("died") cannot be checked
 * against a date of death (8585Q) until the record holds one.
 */
@Component
class ClosureConsistency {

    /** The field for a problem with the episode as a whole: the API names the referral in the address, the page its warning. */
    static final String EPISODE = "referralId";

    private final SingleAssessments assessments;
    private final StrategyDiscussions discussions;
    private final S47Enquiries enquiries;
    private final CareLevels levels;

    ClosureConsistency(SingleAssessments assessments, StrategyDiscussions discussions, S47Enquiries enquiries, CareLevels levels) {
        this.assessments = assessments;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.levels = levels;
    }

    /** The episode's single assessment, if one was started (one per referral). */
    Optional<SingleAssessment> assessmentOf(Referral referral) {
        return assessments.forChild(referral.personId()).stream().filter(a -> a.referralId() == referral.id()).findFirst();
    }

    /**
     * Why the case cannot close yet whatever the reason, or nothing: work of the episode that is
     * not finished (its assessment, a Section 47 enquiry started since the referral).
     */
    List<String> unfinishedWork(Referral referral) {
        List<String> unfinished = new java.util.ArrayList<>();
        assessmentOf(referral).filter(a -> !a.authorised()).ifPresent(a -> unfinished.add("The single assessment started on "
                + Dates.govuk(a.startedOn()) + " is " + (a.inProgress() ? "still in progress" : "awaiting a manager’s authorisation")
                + ": finish it and have it authorised before closing the case. A closed episode cannot hold an unfinished assessment."));
        for (S47Enquiry e : enquiries.awaitingNextStep(referral.personId())) {
            if (!e.startedOn().isBefore(referral.referralDate())) {
                unfinished.add("The Section 47 enquiry started on " + Dates.govuk(e.startedOn()) + " is "
                        + (e.open() ? "waiting for its outcome" : "waiting for the initial child protection conference it asked for")
                        + ": finish it before closing the case.");
            }
        }
        return unfinished;
    }

    void check(Referral referral, LocalDate closedOn, ClosureReason reason, Problems problems) {
        Optional<SingleAssessment> assessment = assessmentOf(referral);
        List<String> unfinished = unfinishedWork(referral);
        if (!unfinished.isEmpty()) {
            problems.add(EPISODE, String.join(" ", unfinished));
        }
        assessment.filter(a -> a.authorised() && closedOn != null && closedOn.isBefore(a.authorisedOn()))
                .ifPresent(a -> problems.add("closedOn", "The case cannot close before its assessment was authorised on "
                        + Dates.govuk(a.authorisedOn())));
        if (reason == null) {
            return;
        }
        if (reason == ClosureReason.RC8) {
            furtherAction(referral).ifPresent(what -> problems.add("reason", "RC8 means the case closed after the assessment "
                    + "with no further action, but " + what + ". Choose the reason that says how the case ended (often RC7)."));
        }
        boolean noFactors = assessment.filter(SingleAssessment::authorised)
                .map(a -> a.factors().equals(List.of(AssessmentFactor.NO_FACTORS))).orElse(false);
        if (noFactors && reason != ClosureReason.RC8) {
            problems.add("reason", "The assessment found no factors (21 No factors identified), so the reason for closure is "
                    + "RC8 Case closed after assessment, no further action");
        }
    }

    /** The further action this episode had after its referral, in words, if any: a Section 47 enquiry or a child protection plan. */
    private Optional<String> furtherAction(Referral referral) {
        Optional<StrategyDiscussion> s47 = discussions.forChild(referral.personId()).stream()
                .filter(d -> d.referralId() == referral.id() && d.s47EnquiryId() != null).findFirst();
        if (s47.isPresent()) {
            return Optional.of("a Section 47 enquiry was started in this episode");
        }
        return levels.history(referral.personId()).stream()
                .filter(c -> c.to() == CareLevel.CP && c.source() == CareLevelChange.Source.CONFERENCE
                        && !c.changedOn().isBefore(referral.referralDate()))
                .findFirst().map(c -> "the child was on a child protection plan from " + Dates.govuk(c.changedOn()));
    }
}
