package org.opencsc.frontdoor;

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

@Repository
class NewInformationRepository {

    private static final String SELECT = """
            SELECT n.*, coalesce(p.given_name || ' ', '') || p.family_name AS child_name, t.name AS team_name,
                   u.display_name AS worker_name
            FROM contact_new_information n JOIN person p ON p.id = n.person_id
            LEFT JOIN team t ON t.id = n.team_id LEFT JOIN app_user u ON u.id = n.worker_id
            """;

    private final JdbcClient jdbc;

    NewInformationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long contactId, long personId, Long referralId, Long teamId, Long workerId, Instant at, LocalDate dueOn) {
        jdbc.sql("""
                        INSERT INTO contact_new_information (contact_id, person_id, referral_id, team_id, worker_id, passed_at, due_on)
                        VALUES (:contact, :person, :referral, :team, :worker, :at, :due) ON CONFLICT DO NOTHING
                        """)
                .param("contact", contactId).param("person", personId).param("referral", referralId)
                .param("team", teamId).param("worker", workerId).param("at", Timestamp.from(at)).param("due", Date.valueOf(dueOn))
                .update();
    }

    List<NewInformation> forContact(long contactId) {
        return jdbc.sql(SELECT + " WHERE n.contact_id = :id ORDER BY n.id").param("id", contactId).query((rs, n) -> map(rs)).list();
    }

    Optional<NewInformation> find(long id) {
        return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** Not yet acknowledged, for any of these children. */
    List<NewInformation> unacknowledgedFor(Collection<Long> personIds) {
        return jdbc.sql(SELECT + " WHERE n.person_id = ANY(:ids::bigint[]) AND n.acknowledged_at IS NULL ORDER BY n.due_on, n.id")
                .param("ids", personIds.toArray(Long[]::new)).query((rs, n) -> map(rs)).list();
    }

    /** Not yet acknowledged, about children the given teams hold now: their managers' to see through. */
    List<NewInformation> unacknowledgedInTeams(Collection<Long> teamIds) {
        return jdbc.sql(SELECT + """
                         WHERE n.acknowledged_at IS NULL AND EXISTS (SELECT 1 FROM allocation a
                             WHERE a.person_id = n.person_id AND a.end_date IS NULL AND a.team_id = ANY(:teams::bigint[]))
                         ORDER BY n.due_on, n.id
                        """)
                .param("teams", teamIds.toArray(Long[]::new)).query((rs, n) -> map(rs)).list();
    }

    boolean acknowledge(long id, String by, Instant at, String response) {
        return jdbc.sql("""
                        UPDATE contact_new_information SET acknowledged_by = :by, acknowledged_at = :at, response = :response
                        WHERE id = :id AND acknowledged_at IS NULL
                        """)
                .param("by", by).param("at", Timestamp.from(at)).param("response", response).param("id", id).update() == 1;
    }

    private static NewInformation map(ResultSet rs) throws SQLException {
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new NewInformation(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("person_id"), rs.getString("child_name"),
                (Long) rs.getObject("referral_id"), rs.getString("team_name"), rs.getString("worker_name"),
                rs.getTimestamp("passed_at").toInstant(), rs.getDate("due_on").toLocalDate(), rs.getString("acknowledged_by"),
                ack == null ? null : ack.toInstant(), rs.getString("response"));
    }
}
