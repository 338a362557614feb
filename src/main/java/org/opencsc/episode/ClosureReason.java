package org.opencsc.episode;

import java.util.Arrays;
import java.util.Optional;

/** Why a child-in-need episode closed: the CIN census reason-for-closure codes. */
public enum ClosureReason {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social services"),
    RC7("Services ceased for any other reason, including the child no longer being in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<ClosureReason> parse(String s) {
        return Arrays.stream(values()).filter(r -> r.name().equals(s)).findFirst();
    }
}
