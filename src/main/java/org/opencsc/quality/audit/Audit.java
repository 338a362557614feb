package org.opencsc.quality.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.quality.Grade;
import org.opencsc.quality.Theme;

/**
 * One audit of one child's record as kept: its round, the template version it uses, the people
 * taking part (who also decide who may read and who may never moderate it), the auditor's
 * findings and overall grade, the worker's reflection, and the moderated overall grade.
 */
public record Audit(long id, long roundId, String roundTitle, String roundKind, LocalDate roundDueOn, long personId,
                    long templateId, String templateName, Long auditorId, String auditorName, Long workerId, String workerName,
                    Long workerManagerId, Long teamId, String teamName, AuditStatus status, Grade overallGrade, String summary,
                    List<Theme> themesFound, String workerReflection, Instant workerReflectionAt, Long workerReflectionBy,
                    String workerReflectionByName, Instant completedAt, Long completedBy, String completedByName,
                    Grade moderatedOverallGrade, String moderatedOverallReason, int version) {

    /** The overall grade that counts: the moderator's when they changed it, else the auditor's. */
    public Grade finalOverallGrade() {
        return moderatedOverallGrade != null ? moderatedOverallGrade : overallGrade;
    }

    /** What a partner agency's auditor is shown: the audit's frame, none of the council's findings, grades or reflection. */
    Audit forPartner() {
        return new Audit(id, roundId, roundTitle, roundKind, roundDueOn, personId, templateId, templateName, auditorId, auditorName,
                workerId, workerName, workerManagerId, teamId, teamName, status, null, null, List.of(), null, null, null, null,
                completedAt, completedBy, completedByName, null, null, version);
    }
}
