package org.opencsc.workforce;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SupervisionRepository {

    /** The roles whose supervision the team work page tracks: the practitioners who hold cases (people, not integrations). */
    private static final String PRACTITIONERS = "('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'DUTY_SOCIAL_WORKER')";

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The worker, newly qualified as {@link Asye} says on {@code today}. */
    Optional<SupervisionWorker> worker(long userId, java.time.LocalDate today) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.active, u.newly_qualified, u.qualified_on, u.started_on, lm.display_name AS line_manager,
                               (SELECT array_agg(m.team_id) FROM team_member m WHERE m.user_id = u.id) AS teams
                        FROM app_user u LEFT JOIN app_user lm ON lm.id = u.line_manager_id WHERE u.id = :id
                        """)
                .param("id", userId)
                .query((rs, n) -> {
                    java.sql.Array teams = rs.getArray("teams");
                    Date started = rs.getDate("started_on");
                    Date qualified = rs.getDate("qualified_on");
                    return new SupervisionWorker(rs.getLong("id"), rs.getString("display_name"), rs.getBoolean("active"),
                            Asye.newlyQualifiedOn(rs.getBoolean("newly_qualified"), qualified == null ? null : qualified.toLocalDate(),
                                    started == null ? null : started.toLocalDate(), today),
                            started == null ? null : started.toLocalDate(),
                            teams == null ? java.util.Set.of() : new HashSet<>(Arrays.asList((Long[]) teams.getArray())),
                            rs.getString("line_manager"));
                })
                .optional();
    }

    /**
     * Everyone below the manager in the line management chain: their reports, their reports'
     * reports and so on (UNION stops at a cycle, the depth bound at a runaway chain).
     */
    Set<Long> below(long managerId) {
        return new HashSet<>(jdbc.sql("""
                        WITH RECURSIVE below (id, depth) AS (
                            SELECT id, 1 FROM app_user WHERE line_manager_id = :m
                            UNION
                            SELECT u.id, b.depth + 1 FROM below b JOIN app_user u ON u.line_manager_id = b.id WHERE b.depth < 20
                        )
                        SELECT DISTINCT id FROM below
                        """)
                .param("m", managerId).query(Long.class).list());
    }

    /** Whether the manager is the worker's line manager or above that line manager in the chain. */
    boolean isAbove(long managerId, long workerId) {
        return jdbc.sql("""
                        WITH RECURSIVE above (id, depth) AS (
                            SELECT line_manager_id, 1 FROM app_user WHERE id = :w AND line_manager_id IS NOT NULL
                            UNION
                            SELECT u.line_manager_id, a.depth + 1 FROM above a JOIN app_user u ON u.id = a.id
                            WHERE u.line_manager_id IS NOT NULL AND a.depth < 20
                        )
                        SELECT EXISTS (SELECT 1 FROM above WHERE id = :m)
                        """)
                .param("w", workerId).param("m", managerId).query(Boolean.class).single();
    }

    /** Whether the child is allocated to the worker now: only children on their caseload are discussed. */
    boolean onCaseload(long workerId, long personId) {
        return jdbc.sql("SELECT count(*) FROM allocation WHERE worker_id = :w AND person_id = :p AND end_date IS NULL")
                .param("w", workerId).param("p", personId).query(Long.class).single() > 0;
    }

    long insert(SupervisionInput in, long supervisorId) {
        long id = jdbc.sql("""
                        INSERT INTO supervision (worker_id, supervisor_id, held_on, wellbeing)
                        VALUES (:worker, :supervisor, :held, :wellbeing) RETURNING id
                        """)
                .param("worker", in.workerId()).param("supervisor", supervisorId).param("held", Date.valueOf(in.heldOn()))
                .param("wellbeing", blankToNull(in.wellbeing()))
                .query(Long.class).single();
        for (SupervisionInput.ChildDiscussed c : in.children()) {
            long part = jdbc.sql("""
                            INSERT INTO supervision_child (supervision_id, person_id, reflection, decisions)
                            VALUES (?, ?, ?, ?) RETURNING id
                            """)
                    .params(id, c.childId(), c.reflection().trim(), blankToNull(c.decisions()))
                    .query(Long.class).single();
            for (SupervisionInput.Action a : c.actions()) {
                // The owner as chosen (checked by Supervisions): their name as shown, and their account, so it is their work.
                jdbc.sql("""
                                INSERT INTO supervision_action (supervision_child_id, action, owner, owner_id, due_on)
                                SELECT ?, ?, u.display_name, u.id, ? FROM app_user u WHERE u.username = ?
                                """)
                        .params(part, a.action().trim(), Date.valueOf(a.dueOn()), a.ownerUsername().trim()).update();
            }
        }
        return id;
    }

    Optional<Supervision> find(long id) {
        // Read before the row, not from its row mapper, which would hold one connection while asking for another.
        List<Supervision.ChildDiscussed> children = children(id);
        return jdbc.sql("""
                        SELECT s.*, w.display_name AS worker, m.display_name AS supervisor FROM supervision s
                        JOIN app_user w ON w.id = s.worker_id JOIN app_user m ON m.id = s.supervisor_id WHERE s.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Supervision(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("worker"),
                        rs.getLong("supervisor_id"), rs.getString("supervisor"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("wellbeing"), rs.getTimestamp("recorded_at").toInstant(), children))
                .optional();
    }

    private List<Supervision.ChildDiscussed> children(long supervisionId) {
        Map<Long, List<SupervisionInput.Action>> actions = actions(supervisionId);
        return jdbc.sql("""
                        SELECT c.id, c.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name, c.reflection, c.decisions
                        FROM supervision_child c JOIN person p ON p.id = c.person_id WHERE c.supervision_id = :id ORDER BY c.id
                        """)
                .param("id", supervisionId)
                .query((rs, n) -> new Supervision.ChildDiscussed(rs.getLong("person_id"), rs.getString("name"),
                        rs.getString("reflection"), rs.getString("decisions"), actions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The actions of every child discussed in the session, by the child's part of it. */
    private Map<Long, List<SupervisionInput.Action>> actions(long supervisionId) {
        Map<Long, List<SupervisionInput.Action>> byPart = new HashMap<>();
        jdbc.sql("""
                        SELECT a.*, u.username AS owner_username FROM supervision_action a
                        JOIN supervision_child c ON c.id = a.supervision_child_id LEFT JOIN app_user u ON u.id = a.owner_id
                        WHERE c.supervision_id = :id ORDER BY a.due_on, a.id
                        """)
                .param("id", supervisionId)
                .query(rs -> {
                    byPart.computeIfAbsent(rs.getLong("supervision_child_id"), k -> new ArrayList<>())
                            .add(new SupervisionInput.Action(rs.getString("action"), rs.getString("owner"),
                                    rs.getString("owner_username"), rs.getDate("due_on").toLocalDate()));
                });
        return byPart;
    }

    List<SupervisionSummary> forWorker(long workerId) {
        return jdbc.sql("""
                        SELECT s.id, s.held_on, m.display_name AS supervisor,
                               (SELECT count(*) FROM supervision_child c WHERE c.supervision_id = s.id) AS children
                        FROM supervision s JOIN app_user m ON m.id = s.supervisor_id
                        WHERE s.worker_id = :w ORDER BY s.held_on DESC, s.id DESC
                        """)
                .param("w", workerId)
                .query((rs, n) -> new SupervisionSummary(rs.getLong("id"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("supervisor"), rs.getInt("children")))
                .list();
    }

    /** A team's practitioners with their latest session, in one query (the team work page). */
    List<LastSupervision> lastForTeam(long teamId, java.time.LocalDate today) {
        return last("JOIN team_member m ON m.user_id = u.id WHERE m.team_id = :key AND u.active AND u.kind = 'PERSON' AND u.role IN "
                + PRACTITIONERS,
                teamId, today);
    }

    Optional<LastSupervision> lastFor(long workerId, java.time.LocalDate today) {
        return last("WHERE u.id = :key", workerId, today).stream().findFirst();
    }

    /** Each worker's last session, newly qualified as {@link Asye} says on {@code today}. */
    private List<LastSupervision> last(String where, long key, java.time.LocalDate today) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.newly_qualified, u.qualified_on, u.started_on, l.id AS last_id, l.held_on,
                               lm.display_name AS line_manager
                        FROM app_user u LEFT JOIN app_user lm ON lm.id = u.line_manager_id
                        LEFT JOIN LATERAL (SELECT s.id, s.held_on FROM supervision s WHERE s.worker_id = u.id
                                           ORDER BY s.held_on DESC, s.id DESC LIMIT 1) l ON true
                        """ + where + " ORDER BY u.display_name")
                .param("key", key)
                .query((rs, n) -> new LastSupervision(rs.getLong("id"), rs.getString("display_name"),
                        Asye.newlyQualifiedOn(rs.getBoolean("newly_qualified"),
                                rs.getDate("qualified_on") == null ? null : rs.getDate("qualified_on").toLocalDate(),
                                rs.getDate("started_on") == null ? null : rs.getDate("started_on").toLocalDate(), today),
                        rs.getDate("started_on") == null ? null : rs.getDate("started_on").toLocalDate(),
                        (Long) rs.getObject("last_id"), rs.getDate("held_on") == null ? null : rs.getDate("held_on").toLocalDate(),
                        rs.getString("line_manager")))
                .list();
    }

    record LastSupervision(long workerId, String name, boolean newlyQualified, java.time.LocalDate startedOn, Long lastId,
                           java.time.LocalDate lastHeldOn, String lineManagerName) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
