package org.opencsc.visit;

import java.util.Arrays;
import java.util.Optional;

/** What the visit was for. */
public enum VisitType {
    STATUTORY("Statutory visit"),
    HOME("Home visit"),
    UNANNOUNCED("Unannounced visit"),
    SCHOOL("School visit"),
    DIRECT_WORK("Direct work");

    private final String label;

    VisitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VisitType> parse(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
