package org.opencsc.quality.dashboard;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opencsc.quality.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audits and learning actions the dashboard counts, read from the quality tables (V59) with
 * its own SQL: one query for the audits of a period and teams, one for the open learning actions.
 * The counting is done in Java over these rows, so that every figure and its drill-down apply
 * the same rule ({@link AuditCriteria#matches}).
 */
@Repository
class QualityRecords {

    /** An open learning action: overdue when its due date is before today. */
    record ActionRow(long id, Long personId, String childName, Long auditId, Long roundId, String level, String action,
                     String ownerName, Long teamId, String teamName, LocalDate dueOn) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    private final JdbcClient jdbc;

    QualityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Audits completed in the period (London dates), of the query's teams, oldest first. */
    List<AuditRow> audits(QualityQuery query) {
        return jdbc.sql("""
                        SELECT a.id, a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS child_name,
                               a.team_id, t.name AS team_name, a.round_id, r.title AS round_title, r.theme AS round_theme,
                               (a.completed_at AT TIME ZONE 'Europe/London')::date AS completed_on,
                               a.overall_grade, a.moderated_overall_grade, m.audit_id IS NOT NULL AS moderated,
                               coalesce(m.grades_seen, 0) AS grades_seen, coalesce(m.grades_changed, 0) AS grades_changed,
                               a.themes_found
                        FROM audit a
                        JOIN audit_round r ON r.id = a.round_id
                        JOIN person p ON p.id = a.person_id
                        LEFT JOIN team t ON t.id = a.team_id
                        LEFT JOIN audit_moderation m ON m.audit_id = a.id
                        WHERE a.status IN ('COMPLETED', 'MODERATED')
                          AND a.completed_at >= :from AND a.completed_at < :until
                          AND (:council OR a.team_id = ANY(:teams))
                        ORDER BY a.completed_at, a.id
                        """)
                .param("from", query.fromInstant()).param("until", query.untilInstant())
                .param("council", query.wholeCouncil()).param("teams", query.teamsParam())
                .query((rs, n) -> new AuditRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("child_name"),
                        (Long) rs.getObject("team_id", Long.class), rs.getString("team_name"), rs.getLong("round_id"),
                        rs.getString("round_title"), rs.getString("round_theme"), rs.getDate("completed_on").toLocalDate(),
                        Grade.valueOf(rs.getString("overall_grade")), grade(rs.getString("moderated_overall_grade")),
                        rs.getBoolean("moderated"), rs.getInt("grades_seen"), rs.getInt("grades_changed"),
                        texts(rs.getArray("themes_found"))))
                .list();
    }

    /**
     * Learning actions not yet done, for the query's teams: an action counts for a team when it is
     * set for the team (a TEAM action's team) or comes from an audit of the team's; with no team
     * of its own and no audit (a round's service-level action) it counts for the whole council only.
     */
    List<ActionRow> openActions(QualityQuery query) {
        return jdbc.sql("""
                        SELECT la.id, la.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS child_name,
                               la.audit_id, la.round_id, la.level, la.action, u.display_name AS owner_name,
                               coalesce(la.team_id, a.team_id) AS team_id, t.name AS team_name, la.due_on
                        FROM learning_action la
                        JOIN app_user u ON u.id = la.owner_id
                        LEFT JOIN audit a ON a.id = la.audit_id
                        LEFT JOIN person p ON p.id = la.person_id
                        LEFT JOIN team t ON t.id = coalesce(la.team_id, a.team_id)
                        WHERE la.completed_on IS NULL
                          AND (:council OR coalesce(la.team_id, a.team_id) = ANY(:teams))
                        ORDER BY la.due_on, la.id
                        """)
                .param("council", query.wholeCouncil()).param("teams", query.teamsParam())
                .query((rs, n) -> new ActionRow(rs.getLong("id"), (Long) rs.getObject("person_id", Long.class),
                        rs.getString("child_name"), (Long) rs.getObject("audit_id", Long.class),
                        (Long) rs.getObject("round_id", Long.class), rs.getString("level"), rs.getString("action"),
                        rs.getString("owner_name"), (Long) rs.getObject("team_id", Long.class), rs.getString("team_name"),
                        rs.getDate("due_on").toLocalDate()))
                .list();
    }

    static Grade grade(String name) {
        return name == null ? null : Grade.valueOf(name);
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
