package org.opencsc.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
    long insert(long personId, DecisionInput in, List<String> alternatives, long userId, String userName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO critical_decision (person_id, kind, decision, why, alternatives, decided_by_id, decided_by,
                                                       decided_at)
                        VALUES (:person, :kind, :decision, :why, :alternatives::text[], :userId, :userName, :at) RETURNING id
                        """)
                .param("person", personId).param("kind", in.kind().name()).param("decision", in.decision().trim())
                .param("why", in.why().trim()).param("alternatives", alternatives.toArray(String[]::new))
                .param("userId", userId).param("userName", userName).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    Optional<CriticalDecision> find(long id) {
        return jdbc.sql("SELECT * FROM critical_decision WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** Newest first, for the person and the records merged into them. */
    List<CriticalDecision> forPeople(List<Long> personIds) {
        return jdbc.sql("SELECT * FROM critical_decision WHERE person_id = ANY(:ids::bigint[]) ORDER BY decided_at DESC, id DESC")
                .param("ids", personIds.toArray(Long[]::new)).query((rs, n) -> map(rs)).list();
    }

    private static CriticalDecision map(ResultSet rs) throws SQLException {
        return new CriticalDecision(rs.getLong("id"), rs.getLong("person_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("decision"), rs.getString("why"), Arrays.asList((String[]) rs.getArray("alternatives").getArray()),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }
}
