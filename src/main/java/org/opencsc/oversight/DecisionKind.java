package org.opencsc.oversight;

import java.util.Arrays;
import java.util.Optional;

/** The critical steps on a child's journey whose decisions Ofsted found unclear. */
public enum DecisionKind {
    STEP_UP("Step up to children’s social care"),
    S47("Section 47 enquiry"),
    PRE_PROCEEDINGS("Pre-proceedings (Public Law Outline)"),
    CLOSURE("Case closure"),
    OTHER("Another critical decision");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DecisionKind> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(k -> k.name().equals(name.trim())).findFirst();
    }
}
