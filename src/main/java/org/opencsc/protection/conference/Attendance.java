package org.opencsc.protection.conference;

import java.util.Arrays;
import java.util.Optional;

/** Whether someone invited to a conference came: the minutes' attendance list. */
public enum Attendance {
    ATTENDED("Attended"),
    APOLOGIES("Sent apologies"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Attendance> parse(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
