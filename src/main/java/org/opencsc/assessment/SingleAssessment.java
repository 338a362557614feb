package org.opencsc.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A child's single assessment for one referral, as stored: its sections, factors, outcome and
 * sign-off. In a sibling group ({@code familyAssessmentId}), the family sections are the
 * group's while it is in progress, and the copy taken on submitting afterwards.
 */
public record SingleAssessment(
        long id,
        long referralId,
        long personId,
        String childName,
        LocalDate referralDate,
        LocalDate startedOn,
        LocalDate dueOn,
        AssessmentStatus status,
        String startedBy,
        Map<AssessmentSection, String> sections,
        List<AssessmentFactor> factors,
        AssessmentOutcome outcome,
        String outcomeReasons,
        LocalDate completedOn,
        String submittedBy,
        String returnedBy,
        String returnedComment,
        LocalDate authorisedOn,
        String authorisedBy,
        String authorisedComment,
        Long familyAssessmentId,
        Integer familyVersion,
        int version) {

    /** Assessed with siblings: the family sections are the group's (read from it while in progress). */
    public boolean inFamilyGroup() {
        return familyAssessmentId != null;
    }

    /** While in progress a grouped assessment's family sections are written on the group, with its own version. */
    public boolean writesFamilySections() {
        return inFamilyGroup() && inProgress();
    }

    public String text(AssessmentSection section) {
        return sections.get(section);
    }

    public boolean inProgress() {
        return status == AssessmentStatus.IN_PROGRESS;
    }

    public boolean awaitingAuthorisation() {
        return status == AssessmentStatus.AWAITING_AUTHORISATION;
    }

    public boolean authorised() {
        return status == AssessmentStatus.AUTHORISED;
    }

    public List<String> factorCodes() {
        return factors.stream().map(AssessmentFactor::code).toList();
    }
}
