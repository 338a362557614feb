package org.opencsc.legal;

/** The two kinds of pre-proceedings meeting, as the forms offer them (stored as their names). */
public enum PreProceedingsMeetingKind {
    INITIAL("The pre-proceedings meeting (with the parents and their solicitors)"),
    REVIEW("A review meeting");

    private final String label;

    PreProceedingsMeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A planned meeting offered as a radio: name() is its id, label() says which and when. */
    public record Choice(String name, String label) {
    }
}
