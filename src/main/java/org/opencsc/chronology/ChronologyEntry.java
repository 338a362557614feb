package org.opencsc.chronology;

import java.time.Instant;
import java.util.List;

/** One line of a chronology: an event, and everyone else it was recorded for (a sibling group). */
public record ChronologyEntry(
        long eventId,
        EventType type,
        CaseNoteType noteType,
        Instant occurredAt,
        Instant recordedAt,
        String recordedBy,
        String summary,
        String detail,
        List<Long> subjectIds) {

    public String typeLabel() {
        return noteType != null ? noteType.label() : type.label();
    }
}
