package org.opencsc.assessment;

/** The manager's forms on the assessment page: authorise on a date, or return with a comment. */
public record ManagerDecisionForm(Integer version, String authorisedOnDay, String authorisedOnMonth, String authorisedOnYear,
                                  String comment) {
}
