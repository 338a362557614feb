package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** What the front door decides about a contact. */
public enum DecisionOutcome {
    NO_FURTHER_ACTION("No further action"),
    INFORMATION_AND_ADVICE("Information and advice"),
    EARLY_HELP("Early help (step down)"),
    REFERRAL("Referral to children's social care"),
    /** The child's case is open: the contact goes to their allocated worker, not into a second referral. */
    NEW_INFORMATION("New information for the allocated worker (the case is open)");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DecisionOutcome> parse(String s) {
        return Arrays.stream(values()).filter(o -> o.name().equals(s)).findFirst();
    }
}
