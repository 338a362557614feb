package org.opencsc.protection.strategy;

import java.util.Arrays;
import java.util.Optional;

/** The agencies at a strategy discussion. */
public enum StrategyAgency {
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    SOCIAL_CARE("Children's social care"),
    OTHER("Other agency");

    private final String label;

    StrategyAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StrategyAgency> parse(String s) {
        return Arrays.stream(values()).filter(a -> a.name().equals(s)).findFirst();
    }
}
