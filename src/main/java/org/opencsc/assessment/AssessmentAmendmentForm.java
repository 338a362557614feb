package org.opencsc.assessment;

/** The "Correct this assessment" form, as typed, so a refused correction is shown again with nothing lost. */
public record AssessmentAmendmentForm(String field, String value, String reason, Integer version) {

    static AssessmentAmendmentForm blank(SingleAssessment a) {
        return new AssessmentAmendmentForm(null, null, null, a.version());
    }
}
