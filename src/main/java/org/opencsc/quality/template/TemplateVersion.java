package org.opencsc.quality.template;

import java.time.Instant;

/** One version of a template series, for the list and the version history. */
public record TemplateVersion(long id, long seriesId, int version, String name, TemplateKind kind, Instant createdAt,
                              String createdBy, Instant supersededAt, boolean inUse) {

    public boolean current() {
        return supersededAt == null;
    }
}
