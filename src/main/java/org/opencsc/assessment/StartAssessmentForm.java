package org.opencsc.assessment;

/** The start page: when the assessment started (the referral date at the earliest). */
public record StartAssessmentForm(String startedOnDay, String startedOnMonth, String startedOnYear) {
}
