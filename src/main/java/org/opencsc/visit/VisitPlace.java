package org.opencsc.visit;

import java.util.Arrays;
import java.util.Optional;

/** Where the visit took place; OTHER comes with a description. */
public enum VisitPlace {
    HOME("Home"),
    SCHOOL("School"),
    OTHER("Somewhere else");

    private final String label;

    VisitPlace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VisitPlace> parse(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
