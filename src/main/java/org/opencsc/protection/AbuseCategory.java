package org.opencsc.protection;

import java.util.Arrays;
import java.util.Optional;

/** The category of a child protection plan, as the CIN census codes it. */
public enum AbuseCategory {
    NEG("Neglect"),
    PHY("Physical abuse"),
    EMO("Emotional abuse"),
    SAB("Sexual abuse"),
    MUL("Multiple categories");

    private final String label;

    AbuseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AbuseCategory> parse(String s) {
        return Arrays.stream(values()).filter(c -> c.name().equals(s)).findFirst();
    }
}
