package org.opencsc.chronology;

import java.time.Instant;
import java.util.List;

/** An event to append: what happened, when, who recorded it, and which people it is about. */
public record NewEvent(
        EventType type,
        CaseNoteType noteType,
        Instant occurredAt,
        String recordedBy,
        String summary,
        String detail,
        List<Long> subjectIds) {

    public static NewEvent of(EventType type, Instant occurredAt, String recordedBy, String summary,
                              String detail, List<Long> subjects) {
        return new NewEvent(type, null, occurredAt, recordedBy, summary, detail, subjects);
    }
}
