package org.opencsc.protection.enquiry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class S47EnquiryRepository {

    private final JdbcClient jdbc;

    S47EnquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long discussionId, long personId, LocalDate startedOn, LocalDate icpcDueOn) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO s47_enquiry (strategy_discussion_id, person_id, started_on, icpc_due_on)
                        VALUES (:discussion, :person, :started, :due)
                        """)
                .param("discussion", discussionId).param("person", personId)
                .param("started", Date.valueOf(startedOn)).param("due", Date.valueOf(icpcDueOn))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A corrected discussion date moves the enquiry it started, and the conference due date with it. */
    public void moveStart(long id, LocalDate startedOn, LocalDate icpcDueOn) {
        jdbc.sql("UPDATE s47_enquiry SET started_on = :started, icpc_due_on = :due, version = version + 1 WHERE id = :id")
                .param("started", Date.valueOf(startedOn)).param("due", Date.valueOf(icpcDueOn)).param("id", id).update();
    }

    public Optional<S47Enquiry> find(long id) {
        return query("WHERE id = :id", id);
    }

    Optional<S47Enquiry> forDiscussion(long discussionId) {
        return query("WHERE strategy_discussion_id = :id", discussionId);
    }

    /** The child's enquiries still needing a step: no outcome yet, or a conference needed and not yet held. */
    java.util.List<S47Enquiry> awaitingNextStep(long personId) {
        return jdbc.sql("""
                        SELECT * FROM s47_enquiry e WHERE e.person_id = :id AND (e.completed_on IS NULL OR
                          (e.outcome = 'ICPC_REQUIRED' AND NOT EXISTS (SELECT 1 FROM cp_conference c WHERE c.s47_enquiry_id = e.id)))
                        ORDER BY e.started_on
                        """).param("id", personId).query((rs, n) -> map(rs)).list();
    }

    private Optional<S47Enquiry> query(String where, long id) {
        return jdbc.sql("SELECT * FROM s47_enquiry " + where).param("id", id).query((rs, n) -> map(rs)).optional();
    }

    private static S47Enquiry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new S47Enquiry(rs.getLong("id"), rs.getLong("strategy_discussion_id"),
                        rs.getLong("person_id"), rs.getDate("started_on").toLocalDate(),
                        rs.getDate("icpc_due_on").toLocalDate(),
                        rs.getDate("completed_on") == null ? null : rs.getDate("completed_on").toLocalDate(),
                        rs.getString("outcome") == null ? null : S47Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("outcome_reason"), rs.getString("completed_by"), rs.getInt("version"));
    }

    /** Completes the enquiry if it is still open at the version the user read. */
    boolean complete(long id, int version, LocalDate on, S47Outcome outcome, String reason, String by) {
        return jdbc.sql("""
                        UPDATE s47_enquiry SET completed_on = :on, outcome = :outcome, outcome_reason = :reason,
                                               completed_by = :by, version = version + 1
                        WHERE id = :id AND version = :version AND completed_on IS NULL
                        """)
                .param("on", Date.valueOf(on)).param("outcome", outcome.name()).param("reason", reason.trim())
                .param("by", by).param("id", id).param("version", version).update() == 1;
    }
}
