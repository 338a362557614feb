package org.opencsc.chronology;

import java.util.Arrays;
import java.util.Optional;

/** What a case note records. Management oversight notes are the manager's voice on the record. */
public enum CaseNoteType {
    PHONE_CALL("Phone call"),
    VISIT("Visit"),
    DIRECT_WORK("Direct work with the child"),
    MEETING("Meeting"),
    CORRESPONDENCE("Email or letter"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    OTHER("Other");

    private final String label;

    CaseNoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CaseNoteType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
