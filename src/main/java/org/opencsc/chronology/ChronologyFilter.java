package org.opencsc.chronology;

import java.time.LocalDate;
import java.util.Set;

/** What the reader narrowed the chronology to. Empty sets mean "everything". */
public record ChronologyFilter(Set<EventType> types, Set<CaseNoteType> noteTypes, LocalDate from, LocalDate to,
                               String text, int limit, int offset) {

    public static ChronologyFilter latest(int limit) {
        return new ChronologyFilter(Set.of(), Set.of(), null, null, null, limit, 0);
    }
}
