package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/**
 * Consent to share information, recorded at the contact (the 2011 Knowsley letter found no
 * policy for written consent). Sharing without consent needs its lawful reason written down.
 */
public enum Consent {
    GIVEN("Given"),
    REFUSED("Refused"),
    NOT_SOUGHT("Not sought: sharing without consent");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Consent> parse(String s) {
        return Arrays.stream(values()).filter(c -> c.name().equals(s)).findFirst();
    }
}
