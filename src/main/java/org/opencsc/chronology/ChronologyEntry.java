package org.opencsc.chronology;

import java.time.Instant;
import java.util.List;

/**
 * One line of a chronology: an event, and everyone else it was recorded for (a sibling group).
 * As a reader is shown it, an entry also about a record they may not open is {@code withheld}
 * (only when and what kind of event, the summary saying it is withheld: no detail, recorder or
 * that record's id), or, when only
 * its detail concerns such a record, shown with {@code detailWithheld}.
 */
public record ChronologyEntry(
        long eventId,
        EventType type,
        CaseNoteType noteType,
        Instant occurredAt,
        Instant recordedAt,
        String recordedBy,
        String summary,
        String detail,
        List<Long> subjectIds,
        List<Long> alsoAboutIds,
        boolean withheld,
        boolean detailWithheld) {

    /** What a withheld entry says instead of its summary. */
    public static final String WITHHELD = "Withheld: this entry is also about a record you cannot open.";
    public static final String DETAIL_WITHHELD = "The rest of this entry is withheld: it is also about a record you cannot open.";

    public String typeLabel() {
        return noteType != null ? noteType.label() : type.label();
    }

    /** Everyone the entry is about: those whose chronology it is on, and those its detail also concerns. */
    public List<Long> aboutIds() {
        return java.util.stream.Stream.concat(subjectIds.stream(), alsoAboutIds.stream()).distinct().toList();
    }

    /** Only the date and the kind of event. {@code shownPeople}: the entry's people the reader may open. */
    public ChronologyEntry withheld(List<Long> shownPeople) {
        return new ChronologyEntry(eventId, type, noteType, occurredAt, recordedAt, null, WITHHELD, null,
                subjectIds.stream().filter(shownPeople::contains).toList(), List.of(), true, false);
    }

    /** The entry without its detail, which is also about someone the reader may not open. */
    public ChronologyEntry withoutDetail() {
        return new ChronologyEntry(eventId, type, noteType, occurredAt, recordedAt, recordedBy, summary, null,
                subjectIds, List.of(), false, true);
    }
}
