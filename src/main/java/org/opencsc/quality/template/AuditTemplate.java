package org.opencsc.quality.template;

import java.time.Instant;
import java.util.List;

/**
 * One version of a template with its sections and questions. {@code revision} is claimed by an
 * edit (stale: 409); {@code inUse} says whether a round uses this version, so an edit makes the
 * next version rather than changing it; {@code history} is every version of the series, newest first.
 */
public record AuditTemplate(long id, long seriesId, int version, String name, String purpose, TemplateKind kind,
                            Instant createdAt, String createdBy, Instant supersededAt, int revision, boolean inUse,
                            List<TemplateSection> sections, List<TemplateVersion> history) {

    public boolean current() {
        return supersededAt == null;
    }
}
