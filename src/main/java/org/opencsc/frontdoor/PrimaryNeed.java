package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** The child's main need at referral: the CIN census primary need codes N1 to N9. */
public enum PrimaryNeed {
    N1("Abuse or neglect"),
    N2("Child's disability or illness"),
    N3("Parental disability or illness"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting"),
    N9("Cases other than children in need");

    private final String label;

    PrimaryNeed(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<PrimaryNeed> fromCode(String code) {
        return Arrays.stream(values()).filter(n -> n.name().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
