package org.opencsc.workforce;

import java.util.Arrays;
import java.util.Optional;

/** How a worker is employed: the workforce census counts agency workers apart from the council's own. */
public enum EmploymentType {
    PERMANENT("Permanent"),
    AGENCY("Agency"),
    SECONDED("Seconded");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EmploymentType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
