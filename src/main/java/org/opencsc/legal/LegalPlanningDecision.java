package org.opencsc.legal;

import java.util.Arrays;
import java.util.Optional;

/** What a legal planning meeting decides about the threshold for proceedings. */
public enum LegalPlanningDecision {
    ENTER_PRE_PROCEEDINGS("Enter pre-proceedings under the Public Law Outline"),
    ISSUE_PROCEEDINGS("Issue care proceedings now"),
    THRESHOLD_NOT_MET("Threshold not met: continue under the child’s plan");

    private final String label;

    LegalPlanningDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LegalPlanningDecision> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(d -> d.name().equals(name.trim())).findFirst();
    }
}
