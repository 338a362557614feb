package org.opencsc.legal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The step decision that ends pre-proceedings: the family made enough change to step down, or it
 * did not and the local authority applies to court. (An extension of the 16-week aim is not an
 * outcome: pre-proceedings go on, with a new aim and its reason.)
 */
public enum PreProceedingsOutcome {
    STEP_DOWN_CP("Step down: continue under a child protection plan"),
    STEP_DOWN_CIN("Step down: continue under a child in need plan"),
    ISSUE_PROCEEDINGS("Issue care proceedings");

    private final String label;

    PreProceedingsOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PreProceedingsOutcome> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(o -> o.name().equals(name.trim())).findFirst();
    }
}
