package org.opencsc.quality;

/** Ofsted's four judgements, used for a section, an audit overall and a practice observation. */
public enum Grade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Good or outstanding: what the dashboards count as "good or better". */
    public boolean goodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
