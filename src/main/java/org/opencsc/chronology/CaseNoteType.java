package org.opencsc.chronology;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a case note records. Management oversight notes are the manager's voice on the record,
 * shown apart from the practitioners' notes, so only managers may write one.
 */
public enum CaseNoteType {
    PHONE_CALL("Phone call", false),
    VISIT("Visit", false),
    DIRECT_WORK("Direct work with the child", false),
    MEETING("Meeting", false),
    CORRESPONDENCE("Email or letter", false),
    MANAGEMENT_OVERSIGHT("Management oversight", true),
    OTHER("Other", false);

    private final String label;
    private final boolean managersOnly;

    CaseNoteType(String label, boolean managersOnly) {
        this.label = label;
        this.managersOnly = managersOnly;
    }

    public String label() {
        return label;
    }

    /** Recorded only by a team or duty manager (the roles that give management oversight, as DOMAIN.md has it). */
    public boolean managersOnly() {
        return managersOnly;
    }

    public static Optional<CaseNoteType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
