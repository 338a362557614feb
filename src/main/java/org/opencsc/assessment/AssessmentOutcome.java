package org.opencsc.assessment;

import java.util.Arrays;
import java.util.Optional;

/** What the assessment concluded should happen next. Stored by name, with the worker's reasons. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("No further action"),
    CHILD_IN_NEED("Child in need services or plan"),
    STRATEGY_DISCUSSION("Strategy discussion (child protection concerns)"),
    EARLY_HELP("Step down to early help"),
    OTHER_AGENCY("Referral to another agency");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssessmentOutcome> parse(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(value.trim())).findFirst();
    }
}
