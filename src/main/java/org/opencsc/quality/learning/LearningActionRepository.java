package org.opencsc.quality.learning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learning actions, and the few facts about audits and rounds they need, in plain SQL. */
@Repository
class LearningActionRepository {

    /** Which actions a list shows. */
    enum Show { OPEN, OVERDUE, DONE, ALL }

    private static final String SELECT = """
            SELECT la.*, o.display_name AS owner_name, o.username AS owner_username, t.name AS team_name,
                   c.display_name AS created_by_name, d.display_name AS completed_by_name, r.title AS round_title,
                   coalesce(p.given_name || ' ', '') || p.family_name AS child_name,
                   (la.completed_on IS NULL AND la.due_on < :today) AS overdue
            FROM learning_action la
            JOIN app_user o ON o.id = la.owner_id
            JOIN app_user c ON c.id = la.created_by
            LEFT JOIN app_user d ON d.id = la.completed_by
            LEFT JOIN team t ON t.id = la.team_id
            LEFT JOIN person p ON p.id = la.person_id
            LEFT JOIN audit a ON a.id = la.audit_id
            LEFT JOIN audit_round r ON r.id = coalesce(la.round_id, a.round_id)
            """;

    private final JdbcClient jdbc;

    LearningActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AuditFacts> audit(long auditId) {
        return jdbc.sql("""
                        SELECT a.id, a.round_id, r.title, a.person_id, a.worker_id, a.worker_manager_id, a.team_id
                        FROM audit a JOIN audit_round r ON r.id = a.round_id WHERE a.id = :id
                        """)
                .param("id", auditId)
                .query((rs, n) -> new AuditFacts(rs.getLong("id"), rs.getLong("round_id"), rs.getString("title"),
                        rs.getLong("person_id"), (Long) rs.getObject("worker_id"), (Long) rs.getObject("worker_manager_id"),
                        (Long) rs.getObject("team_id")))
                .optional();
    }

    Optional<String> roundTitle(long roundId) {
        return jdbc.sql("SELECT title FROM audit_round WHERE id = :id").param("id", roundId).query(String.class).optional();
    }

    String childName(long personId) {
        return jdbc.sql("SELECT coalesce(given_name || ' ', '') || family_name FROM person WHERE id = :id").param("id", personId)
                .query(String.class).optional().orElse("");
    }

    boolean teamExists(long teamId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team WHERE id = :id)").param("id", teamId).query(Boolean.class).single();
    }

    record TeamChoice(long id, String name) {
    }

    List<TeamChoice> teams() {
        return jdbc.sql("SELECT id, name FROM team ORDER BY name").query((rs, n) -> new TeamChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The teams a user belongs to: a manager reads the actions of their teams' members and for their teams. */
    List<Long> teamsOf(long userId) {
        return jdbc.sql("SELECT team_id FROM team_member WHERE user_id = :u").param("u", userId).query(Long.class).list();
    }

    long insert(Long auditId, long roundId, Long personId, LearningActionInput in, long ownerId, long createdBy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO learning_action (audit_id, round_id, person_id, level, action, owner_id, team_id, due_on,
                                                     created_at, created_by)
                        VALUES (:audit, :round, :person, :level, :action, :owner, :team, :due, :now, :by) RETURNING id
                        """)
                .param("audit", auditId).param("round", roundId).param("person", personId).param("level", in.level().name())
                .param("action", in.action().trim()).param("owner", ownerId).param("team", in.teamId())
                .param("due", Date.valueOf(in.dueOn())).param("now", Timestamp.from(now)).param("by", createdBy)
                .query(Long.class).single();
    }

    Optional<LearningAction> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE la.id = :id").param("id", id).param("today", Date.valueOf(today))
                .query(LearningActionRepository::row).optional();
    }

    List<LearningAction> forAudit(long auditId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE la.audit_id = :audit ORDER BY la.completed_on NULLS FIRST, la.due_on, la.id")
                .param("audit", auditId).param("today", Date.valueOf(today)).query(LearningActionRepository::row).list();
    }

    /** The round's own actions, from its findings as a whole (not those from one audit in it). */
    List<LearningAction> forRound(long roundId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE la.round_id = :round AND la.audit_id IS NULL ORDER BY la.completed_on NULLS FIRST, la.due_on, la.id")
                .param("round", roundId).param("today", Date.valueOf(today)).query(LearningActionRepository::row).list();
    }

    List<LearningAction> list(Show show, LocalDate today) {
        String where = switch (show) {
            case OPEN -> " WHERE la.completed_on IS NULL";
            case OVERDUE -> " WHERE la.completed_on IS NULL AND la.due_on < :today";
            case DONE -> " WHERE la.completed_on IS NOT NULL";
            case ALL -> "";
        };
        String order = show == Show.DONE ? " ORDER BY la.completed_on DESC, la.id DESC" : " ORDER BY la.completed_on NULLS FIRST, la.due_on, la.id";
        return jdbc.sql(SELECT + where + order).param("today", Date.valueOf(today)).query(LearningActionRepository::row).list();
    }

    /** The open actions about these children (their team's Team work) or owned by these users (their own My work). */
    List<LearningAction> openAbout(Collection<Long> personIds, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE la.completed_on IS NULL AND la.person_id = ANY(:ids::bigint[])")
                .param("ids", personIds.toArray(Long[]::new)).param("today", Date.valueOf(today))
                .query(LearningActionRepository::row).list();
    }

    List<LearningAction> openOwnedBy(Collection<Long> userIds, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE la.completed_on IS NULL AND la.owner_id = ANY(:ids::bigint[])")
                .param("ids", userIds.toArray(Long[]::new)).param("today", Date.valueOf(today))
                .query(LearningActionRepository::row).list();
    }

    /**
     * Marks it done, claiming the version read: false when it has changed since (or was done
     * already), so two people finishing it at once cannot both write their evidence.
     */
    boolean complete(long id, int version, String evidence, LocalDate on, long by, Instant now) {
        return jdbc.sql("""
                        UPDATE learning_action SET completed_on = :on, completed_at = :now, completed_by = :by, evidence = :evidence,
                               version = version + 1
                        WHERE id = :id AND version = :v AND completed_on IS NULL
                        """)
                .param("on", Date.valueOf(on)).param("now", Timestamp.from(now)).param("by", by).param("evidence", evidence)
                .param("id", id).param("v", version).update() == 1;
    }

    private static LearningAction row(ResultSet rs, int n) throws SQLException {
        Date completed = rs.getDate("completed_on");
        return new LearningAction(rs.getLong("id"), (Long) rs.getObject("audit_id"), (Long) rs.getObject("round_id"),
                rs.getString("round_title"), (Long) rs.getObject("person_id"), rs.getString("child_name"), false,
                LearningLevel.valueOf(rs.getString("level")), rs.getString("action"), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getString("owner_username"), (Long) rs.getObject("team_id"), rs.getString("team_name"),
                rs.getDate("due_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"),
                completed == null ? null : completed.toLocalDate(), rs.getString("completed_by_name"), rs.getString("evidence"),
                rs.getInt("version"), rs.getBoolean("overdue"));
    }
}
