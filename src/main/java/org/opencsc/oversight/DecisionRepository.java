package org.opencsc.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code at} is the application's "now", so the decision log and the chronology show the same moment. */
    long insert(long personId, DecisionInput in, List<String> alternatives, List<ActionInput> actions, long userId, String userName,
                Instant at) {
        return insert(personId, List.of(), in, alternatives, actions, userId, userName, at);
    }

    long insert(long personId, List<Long> alsoAbout, DecisionInput in, List<String> alternatives, List<ActionInput> actions,
                long userId, String userName, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO critical_decision (person_id, kind, decision, why, alternatives, decided_by_id, decided_by,
                                                       decided_at, also_about)
                        VALUES (:person, :kind, :decision, :why, :alternatives::text[], :userId, :userName, :at, :alsoAbout::bigint[])
                        RETURNING id
                        """)
                .param("alsoAbout", alsoAbout.toArray(Long[]::new))
                .param("person", personId).param("kind", in.kind().name()).param("decision", in.decision().trim())
                .param("why", in.why().trim()).param("alternatives", alternatives.toArray(String[]::new))
                .param("userId", userId).param("userName", userName).param("at", Timestamp.from(at))
                .query(Long.class).single();
        for (ActionInput a : actions) {
            jdbc.sql("""
                            INSERT INTO decision_action (decision_id, action, owner, owner_id, due_on)
                            SELECT ?, ?, u.display_name, u.id, ? FROM app_user u WHERE u.username = ?
                            """)
                    .params(id, a.action().trim(), java.sql.Date.valueOf(a.dueOn()), a.ownerUsername()).update();
        }
        return id;
    }

    Optional<CriticalDecision> find(long id) {
        return jdbc.sql("SELECT * FROM critical_decision WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional()
                .map(d -> d.withActions(actions(List.of(id)).getOrDefault(id, List.of())));
    }

    /** The actions of these decisions, by decision, read in one query after the decisions (never from their row mapper). */
    private Map<Long, List<ActionInput>> actions(List<Long> decisionIds) {
        Map<Long, List<ActionInput>> byDecision = new HashMap<>();
        jdbc.sql("""
                        SELECT a.*, u.username AS owner_username FROM decision_action a LEFT JOIN app_user u ON u.id = a.owner_id
                        WHERE a.decision_id = ANY(:ids::bigint[]) ORDER BY a.due_on, a.id
                        """)
                .param("ids", decisionIds.toArray(Long[]::new))
                .query(rs -> {
                    byDecision.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>()).add(new ActionInput(
                            rs.getString("action"), rs.getString("owner"), rs.getString("owner_username"),
                            rs.getDate("due_on").toLocalDate()));
                });
        return byDecision;
    }

    /** Newest first, for the person and the records merged into them. */
    List<CriticalDecision> forPeople(List<Long> personIds) {
        List<CriticalDecision> decisions = jdbc.sql("SELECT * FROM critical_decision WHERE person_id = ANY(:ids::bigint[]) ORDER BY decided_at DESC, id DESC")
                .param("ids", personIds.toArray(Long[]::new)).query((rs, n) -> map(rs)).list();
        Map<Long, List<ActionInput>> actions = decisions.isEmpty() ? Map.of()
                : actions(decisions.stream().map(CriticalDecision::id).toList());
        return decisions.stream().map(d -> d.withActions(actions.getOrDefault(d.id(), List.of()))).toList();
    }

    private static CriticalDecision map(ResultSet rs) throws SQLException {
        return new CriticalDecision(rs.getLong("id"), rs.getLong("person_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("decision"), rs.getString("why"), Arrays.asList((String[]) rs.getArray("alternatives").getArray()),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(), List.of(),
                Arrays.asList((Long[]) rs.getArray("also_about").getArray()), false);
    }
}
