package org.opencsc.childrecord;

import java.time.Instant;
import java.util.List;
import org.opencsc.chronology.CaseNoteType;

/** A case note once read from the page or the API. alsoFor holds siblings it is recorded for as well. */
public record CaseNoteInput(CaseNoteType type, Instant occurredAt, String summary, String text, List<Long> alsoFor) {
}
