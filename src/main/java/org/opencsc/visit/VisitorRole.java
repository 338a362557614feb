package org.opencsc.visit;

import java.util.Arrays;
import java.util.Optional;

/** The visitor's role or service: specialist workers' visits belong on the child's record as much as the social worker's. */
public enum VisitorRole {
    SOCIAL_WORKER("Social worker"),
    FAMILY_SUPPORT("Family support"),
    MST("Multisystemic therapy (MST)"),
    EXPLOITATION_TEAM("Exploitation team"),
    DISABLED_CHILDREN_TEAM("Disabled children's team"),
    HEALTH("Health"),
    OTHER("Other");

    private final String label;

    VisitorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VisitorRole> parse(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
