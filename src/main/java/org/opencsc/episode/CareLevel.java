package org.opencsc.episode;

import java.util.Arrays;
import java.util.Optional;

/** A child's level of need, lowest first: the order decides whether a change is a step up or down. */
public enum CareLevel {
    NONE("No open case", "not open to children's services"),
    EARLY_HELP("Early help", "early help"),
    CIN("Child in need", "child in need"),
    CP("Child protection", "child protection");

    private final String label;
    private final String inSentence;

    CareLevel(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    public String label() {
        return label;
    }

    /** The level as it reads inside a sentence: "Stepped down from child protection to child in need". */
    public String inSentence() {
        return inSentence;
    }

    public boolean isAbove(CareLevel other) {
        return ordinal() > other.ordinal();
    }

    public static Optional<CareLevel> parse(String s) {
        return Arrays.stream(values()).filter(l -> l.name().equals(s)).findFirst();
    }
}
