package org.opencsc.plan;

/** The meeting that reviewed the plan. */
public enum ReviewKind {
    CIN_REVIEW("Child in need review"),
    CORE_GROUP("Core group meeting"),
    CP_REVIEW("Child protection review conference");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
