package org.opencsc.person;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the merge's transaction) once a merge has been checked and
 * before anything moves from the merged record to the one kept, so that a feature whose state is
 * read from a record's history can put the kept record right (the level of need: the kept
 * record's latest change may be older news than an open plan coming from the other record)
 * without the person package knowing who listens. If the merge is refused later, all of it
 * rolls back.
 */
public record RecordsMerging(long keptId, long mergedId, LocalDate on, String mergedBy) {
}
