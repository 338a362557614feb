package org.opencsc.protection.chair;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.protection.ChildProtectionPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EscalationRepository {

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ChildProtectionPlan plan, String concern, LocalDate raisedOn, String raisedBy, long raisedByUserId,
                LocalDate responseDue) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cp_escalation (plan_id, person_id, concern, raised_on, raised_by, raised_by_user_id, response_due_on)
                        VALUES (:plan, :person, :concern, :raised, :by, :user, :due)
                        """)
                .param("plan", plan.id()).param("person", plan.personId()).param("concern", concern.trim())
                .param("raised", Date.valueOf(raisedOn)).param("by", raisedBy).param("user", raisedByUserId)
                .param("due", Date.valueOf(responseDue))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Records the response unless one already exists; false when someone answered first. */
    boolean respond(long id, String response, LocalDate on, String by) {
        return jdbc.sql("""
                        UPDATE cp_escalation SET response = :response, responded_on = :on, responded_by = :by
                        WHERE id = :id AND responded_on IS NULL
                        """)
                .param("response", response.trim()).param("on", Date.valueOf(on)).param("by", by).param("id", id)
                .update() == 1;
    }

    Optional<Escalation> find(long id) {
        return jdbc.sql("SELECT * FROM cp_escalation WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    List<Escalation> openFor(long personId) {
        return jdbc.sql("SELECT * FROM cp_escalation WHERE person_id = :id AND responded_on IS NULL ORDER BY raised_on, id")
                .param("id", personId).query((rs, n) -> map(rs)).list();
    }

    static Escalation map(ResultSet rs) throws SQLException {
        return new Escalation(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("person_id"), rs.getString("concern"),
                rs.getDate("raised_on").toLocalDate(), rs.getString("raised_by"), rs.getDate("response_due_on").toLocalDate(),
                rs.getString("response"), rs.getDate("responded_on") == null ? null : rs.getDate("responded_on").toLocalDate(),
                rs.getString("responded_by"));
    }
}
