package org.opencsc.protection.strategy;

import java.util.Arrays;
import java.util.Optional;

/** Whether the strategy discussion found reasonable cause to suspect significant harm. */
public enum S47Decision {
    START_S47("Start a Section 47 enquiry"),
    NO_S47("No Section 47 enquiry");

    private final String label;

    S47Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<S47Decision> parse(String s) {
        return Arrays.stream(values()).filter(d -> d.name().equals(s)).findFirst();
    }
}
