package org.opencsc.quality.round;

import java.time.Instant;
import java.time.LocalDate;

/** A round in the list: what it is, how its children were chosen, and how far its audits have got. */
public record RoundSummary(long id, String title, RoundKind kind, String theme, Selection selection, LocalDate dueOn,
                           Instant createdAt, Instant closedAt, int audits, int finished) {

    public boolean open() {
        return closedAt == null;
    }
}
