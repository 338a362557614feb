package org.opencsc.returns.census.export;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows the export reads, one record per table, as the database holds them. Nothing here is
 * derived yet: {@link CensusAssembler} turns them into the message, so the derivation can be
 * tested without a database.
 */
final class CensusRows {

    private CensusRows() {
    }

    record PersonRow(long id, String laChildId, String upn, String formerUpn, String upnUnknownReason,
                     LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String gender,
                     LocalDate dateOfDeath, String ethnicity) {
    }

    record DisabilityRow(long personId, String code) {
    }

    /** A referral: an episode. */
    record ReferralRow(long id, long personId, LocalDate referralDate, String sourceCode, String primaryNeedCode,
                       LocalDate closureDate, String closureReason, Boolean censusReferralNfa) {
    }

    record AssessmentRow(long id, long referralId, LocalDate startedOn, LocalDate internalReviewDate,
                         LocalDate authorisedOn, List<String> factors) {
    }

    /** An S47 enquiry with its strategy discussion's referral and its INITIAL conference, if held. */
    record Section47Row(long id, long referralId, LocalDate startedOn, LocalDate icpcDueOn,
                        LocalDate completedOn, String outcome, LocalDate initialConference) {
    }

    /** A child_plan of kind CIN. */
    record CinPlanRow(long id, long personId, LocalDate startedOn, LocalDate endedOn) {
    }

    /**
     * A child protection plan. {@code category} is the plan's current category (a review that
     * continues the plan under another category changes it); {@code initialCategory} is the one
     * its initial conference gave.
     */
    record CpPlanRow(long id, long personId, LocalDate startedOn, LocalDate endedOn, String initialCategory,
                     String category, Integer previousPlans, String latestCategory) {
    }

    /** A REVIEW conference of a plan. */
    record ReviewRow(long planId, LocalDate heldOn, String decision, String category) {
    }

    /**
     * A pre-proceedings (V55) with what the census needs from its meetings and letters, already
     * as at the reference date: the first letter before proceedings sent, the INITIAL meeting's
     * held date and the number of REVIEW meetings held, none after the reference date.
     */
    record PreProceedingsRow(long id, long personId, LocalDate startedOn, LocalDate letterSentOn,
                             LocalDate fgdmOfferedOn, LocalDate fgdmHeldOn, LocalDate initialMeetingOn,
                             int reviewsHeld, LocalDate stepDecisionOn, String outcome,
                             LocalDate courtApplicationOn, LocalDate issueLetterSentOn) {
    }

    /** Everything read for a set of children, each list ordered by person (or referral) and date. */
    record Snapshot(List<PersonRow> people, List<DisabilityRow> disabilities, List<ReferralRow> referrals,
                    List<AssessmentRow> assessments, List<Section47Row> section47s, List<CinPlanRow> cinPlans,
                    List<CpPlanRow> cpPlans, List<ReviewRow> reviews, List<PreProceedingsRow> preProceedings) {

        /** Children without pre-proceedings (the tests that build rows by hand). */
        Snapshot(List<PersonRow> people, List<DisabilityRow> disabilities, List<ReferralRow> referrals,
                 List<AssessmentRow> assessments, List<Section47Row> section47s, List<CinPlanRow> cinPlans,
                 List<CpPlanRow> cpPlans, List<ReviewRow> reviews) {
            this(people, disabilities, referrals, assessments, section47s, cinPlans, cpPlans, reviews, List.of());
        }
    }
}
