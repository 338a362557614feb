package org.opencsc.quality.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.quality.Grade;

/**
 * One completed (or moderated) audit as the dashboard counts it. Its final grade is the
 * moderator's when moderation changed the overall grade, else the auditor's: the grade the
 * service stands by once a second auditor has looked.
 */
record AuditRow(long id, long personId, String childName, Long teamId, String teamName, long roundId, String roundTitle,
                String roundTheme, LocalDate completedOn, Grade overallGrade, Grade moderatedOverallGrade, boolean moderated,
                int gradesSeen, int gradesChanged, List<String> themesFound) {

    public Grade finalGrade() {
        return moderatedOverallGrade != null ? moderatedOverallGrade : overallGrade;
    }

    /** Moderation changed at least one grade (a section's or the overall). */
    public boolean changed() {
        return moderated && gradesChanged > 0;
    }

    /** The key of the "by team" row: the team's id, or "none" when no team held the child when drawn. */
    String teamKey() {
        return teamId == null ? AuditCriteria.NONE : String.valueOf(teamId);
    }

    /** The key of the "by theme" row: the round's theme, or "none" for a round without one (a case audit month). */
    String themeKey() {
        return roundTheme == null || roundTheme.isBlank() ? AuditCriteria.NONE : roundTheme;
    }
}
