package org.opencsc.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OversightRepository {

    private final JdbcClient jdbc;

    OversightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code at} is the application's "now", so the entry and its chronology event show the same moment. */
    long insert(long personId, OversightInput in, long managerId, String managerName, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO oversight (person_id, manager_id, recorded_by, considered, analysis, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(personId, managerId, managerName, in.considered().trim(), Texts.trimToNull(in.analysis()),
                        Timestamp.from(at))
                .query(Long.class).single();
        for (ActionInput a : in.actions()) {
            jdbc.sql("""
                            INSERT INTO oversight_action (oversight_id, action, owner, owner_id, due_on)
                            SELECT ?, ?, u.display_name, u.id, ? FROM app_user u WHERE u.username = ?
                            """)
                    .params(id, a.action().trim(), Date.valueOf(a.dueOn()), a.ownerUsername()).update();
        }
        return id;
    }

    Optional<OversightEntry> find(long id) {
        // Read before the row, not from its row mapper, which would hold one connection while asking for another.
        List<ActionInput> actions = actions(id);
        return jdbc.sql("SELECT * FROM oversight WHERE id = :id").param("id", id)
                .query((rs, n) -> new OversightEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("considered"), rs.getString("analysis"),
                        actions))
                .optional();
    }

    private List<ActionInput> actions(long oversightId) {
        return jdbc.sql("""
                        SELECT a.*, u.username AS owner_username FROM oversight_action a LEFT JOIN app_user u ON u.id = a.owner_id
                        WHERE a.oversight_id = :id ORDER BY a.due_on, a.id
                        """).param("id", oversightId)
                .query((rs, n) -> new ActionInput(rs.getString("action"), rs.getString("owner"), rs.getString("owner_username"),
                        rs.getDate("due_on").toLocalDate()))
                .list();
    }
}
