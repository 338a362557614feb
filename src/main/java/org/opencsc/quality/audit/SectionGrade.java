package org.opencsc.quality.audit;

import org.opencsc.quality.Grade;

/** The auditor's grade of a section and, when moderation changed it, the moderator's grade and reason (both kept). */
public record SectionGrade(long sectionId, Grade grade, Grade moderatedGrade, String moderationReason) {

    public Grade finalGrade() {
        return moderatedGrade != null ? moderatedGrade : grade;
    }
}
