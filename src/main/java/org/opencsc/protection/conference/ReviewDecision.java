package org.opencsc.protection.conference;

import java.util.Arrays;
import java.util.Optional;

/** What a review child protection conference decides about the plan. */
public enum ReviewDecision {
    CONTINUE_PLAN("Continue the plan"),
    END_PLAN("End the plan");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewDecision> parse(String s) {
        return Arrays.stream(values()).filter(d -> d.name().equals(s)).findFirst();
    }
}
