package org.opencsc.chronology;

import java.time.Instant;
import java.util.List;

/**
 * An event to append: what happened, when, who recorded it, and which people it is about.
 * {@code alsoAboutIds}: people the detail also concerns who do not have the event on their own
 * chronology (one child's part of a visit to a sibling group carries the visit's observations):
 * the detail is shown only to users who may open them too.
 */
public record NewEvent(
        EventType type,
        CaseNoteType noteType,
        Instant occurredAt,
        String recordedBy,
        String summary,
        String detail,
        List<Long> subjectIds,
        List<Long> alsoAboutIds) {

    public NewEvent(EventType type, CaseNoteType noteType, Instant occurredAt, String recordedBy, String summary,
                    String detail, List<Long> subjectIds) {
        this(type, noteType, occurredAt, recordedBy, summary, detail, subjectIds, List.of());
    }

    public static NewEvent of(EventType type, Instant occurredAt, String recordedBy, String summary,
                              String detail, List<Long> subjects) {
        return new NewEvent(type, null, occurredAt, recordedBy, summary, detail, subjects);
    }

    /** The same event, its detail also about these people. */
    public NewEvent alsoAbout(List<Long> people) {
        return new NewEvent(type, noteType, occurredAt, recordedBy, summary, detail, subjectIds, List.copyOf(people));
    }
}
