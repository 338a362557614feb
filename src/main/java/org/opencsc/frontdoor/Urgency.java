package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** How fast the front door must act. Every contact is decided within 1 working day at most. */
public enum Urgency {
    IMMEDIATE("Immediate: a child may be at risk of significant harm now"),
    SAME_DAY("Today"),
    STANDARD("Within 1 working day");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Urgency> parse(String s) {
        return Arrays.stream(values()).filter(u -> u.name().equals(s)).findFirst();
    }
}
