package org.opencsc.performance;

/** The sections of a dashboard, in the order they are shown: children's progress first. */
public enum FigureGroup {
    PROGRESS("Children’s progress"),
    FRONT_DOOR("Front door"),
    ASSESSMENT_AND_PROTECTION("Assessment and protection"),
    VISITS_AND_OVERSIGHT("Visits and oversight"),
    /** Case audits' grades (quality assurance's figures, shown here beside the practice they judge). */
    QUALITY_OF_PRACTICE("Quality of practice");

    private final String label;

    FigureGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
