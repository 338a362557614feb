package org.opencsc.protection.enquiry;

import java.util.Arrays;
import java.util.Optional;

/** How a Section 47 enquiry ends. Only the first leads to an initial child protection conference. */
public enum S47Outcome {
    ICPC_REQUIRED("Concerns substantiated: the child may be at continuing risk of significant harm; initial conference needed"),
    SUBSTANTIATED_NO_ICPC("Concerns substantiated, but the child is not judged to be at continuing risk: no conference"),
    CONCERNS_NOT_SUBSTANTIATED("Concerns not substantiated");

    private final String label;

    S47Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsConference() {
        return this == ICPC_REQUIRED;
    }

    public static Optional<S47Outcome> parse(String s) {
        return Arrays.stream(values()).filter(o -> o.name().equals(s)).findFirst();
    }
}
