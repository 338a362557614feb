package org.opencsc.assessment;

/** Where an assessment is: the worker writing it, a manager to authorise it, or finished and locked. */
public enum AssessmentStatus {
    IN_PROGRESS("In progress"),
    AWAITING_AUTHORISATION("Awaiting authorisation"),
    AUTHORISED("Authorised");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
