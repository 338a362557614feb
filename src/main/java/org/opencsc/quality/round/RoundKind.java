package org.opencsc.quality.round;

/** A case audit month, a dip sample of one theme across many children, or a multi-agency thematic audit. */
public enum RoundKind {
    CASE_AUDIT("Case audit"),
    DIP_SAMPLE("Dip sample"),
    THEMATIC("Thematic audit");

    private final String label;

    RoundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A dip sample or a thematic audit looks at one theme; a case audit looks at the whole case. */
    public boolean needsTheme() {
        return this != CASE_AUDIT;
    }
}
