package org.opencsc.chronology;

import java.time.Instant;

/** One correction to a recorded piece of work: the value it replaced, the new value, who, when and why. */
public record Amendment(long id, long personId, String recordType, long recordId, String field, String oldValue,
                        String newValue, String reason, String amendedBy, Instant amendedAt) {

    /**
     * A correction to record. {@code fieldLabel} and {@code recordLabel} word the chronology entry:
     * "Corrected the held date of the strategy discussion: reason".
     */
    public record New(long personId, String recordType, long recordId, String field, String fieldLabel, String recordLabel,
                      String oldValue, String newValue, String reason, String amendedBy) {
    }
}
