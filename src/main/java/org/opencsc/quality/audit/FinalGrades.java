package org.opencsc.quality.audit;

import java.util.List;
import org.opencsc.quality.Grade;

/**
 * The grades of an audit that count, for the dashboard and learning: each section's and the
 * overall grade as the auditor gave them, as moderation changed them (null when agreed or not
 * yet moderated) and the final one (the moderated grade when changed, else the auditor's).
 */
public record FinalGrades(long auditId, long personId, AuditStatus status, Grade overall, Grade moderatedOverall,
                          Grade finalOverall, List<Section> sections) {

    public record Section(long sectionId, String title, Grade grade, Grade moderatedGrade, Grade finalGrade) {
    }
}
