package org.opencsc.quality;

/** The partner agencies whose auditors answer their own questions in a multi-agency audit. */
public enum Agency {
    HEALTH("Health"),
    POLICE("Police"),
    EDUCATION("Education"),
    OTHER("Other agency");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
