package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** Partner agencies asked what they know during triage. */
public enum Agency {
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    OTHER("Other agency");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Agency> parse(String s) {
        return Arrays.stream(values()).filter(a -> a.name().equals(s)).findFirst();
    }
}
