package org.opencsc.visit;

/** The plan that sets how often a child must be seen: a child protection plan, or being a child in need. */
public enum VisitPlanType {
    CHILD_PROTECTION("child protection"),
    CHILD_IN_NEED("child in need");

    private final String label;

    VisitPlanType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
