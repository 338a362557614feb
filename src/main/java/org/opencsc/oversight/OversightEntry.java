package org.opencsc.oversight;

import java.time.Instant;
import java.util.List;

/** A manager's oversight of a child's case: what they read and considered, their analysis and direction. */
public record OversightEntry(long id, long personId, String recordedBy, Instant recordedAt, String considered, String analysis,
                             List<ActionInput> actions) {
}
