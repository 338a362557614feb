package org.opencsc.assessment;

/** The manager's decision on the assessment page: their comment, and authorise on a date or return (the comment then required). */
public record ManagerDecisionForm(Integer version, String authorisedOnDay, String authorisedOnMonth, String authorisedOnYear,
                                  String comment) {
}
