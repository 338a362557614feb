package org.opencsc.plan;

/** Which plan: a child in need plan, or the content of a child protection plan. */
public enum PlanKind {
    CIN("Child in need plan"),
    CP("Child protection plan");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
