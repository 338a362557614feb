package org.opencsc.plainenglish;

/** The kinds of plain-English finding. */
public enum FindingKind {
    /** A social-work or legal term from the jargon list, with its plain alternative. */
    JARGON("Jargon"),
    /** An abbreviation or initialism ("LAC", "S47", "PLO"): spell it out or say it plainly. */
    ABBREVIATION("Abbreviation"),
    /** A sentence too long to follow easily. */
    LONG_SENTENCE("Long sentence"),
    /** A passive verb that hides who acts ("concerns were raised"). */
    PASSIVE_VOICE("Passive voice"),
    /** A section or text hard to read as a whole (a low reading-ease score). */
    HARD_TO_READ("Hard to read");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
