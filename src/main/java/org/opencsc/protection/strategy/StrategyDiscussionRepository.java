package org.opencsc.protection.strategy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class StrategyDiscussionRepository {

    private final JdbcClient jdbc;

    StrategyDiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StrategyDiscussionInput in, long personId, LocalDate icpcDueOn, String recordedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO strategy_discussion (referral_id, person_id, held_at, recorded_by, information,
                                                         s47_decision, decision_reason, icpc_due_on)
                        VALUES (:referral, :person, :held, :by, :info, :decision, :reason, :icpc)
                        """)
                .param("referral", in.referralId()).param("person", personId).param("held", Timestamp.from(in.heldAt()))
                .param("by", recordedBy).param("info", in.information().trim()).param("decision", in.decision().name())
                .param("reason", in.decisionReason().trim()).param("icpc", icpcDueOn == null ? null : Date.valueOf(icpcDueOn))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (StrategyDiscussionInput.Attendee a : in.attendees()) {
            jdbc.sql("INSERT INTO strategy_attendee (discussion_id, name, agency, role) VALUES (?, ?, ?, ?)")
                    .params(id, a.name().trim(), a.agency().name(), a.role() == null || a.role().isBlank() ? null : a.role().trim())
                    .update();
        }
        for (StrategyDiscussionInput.Action a : in.actions()) {
            jdbc.sql("INSERT INTO strategy_action (discussion_id, action, owner, due_on) VALUES (?, ?, ?, ?)")
                    .params(id, a.action().trim(), a.owner().trim(), Date.valueOf(a.dueOn())).update();
        }
        return id;
    }

    Optional<StrategyDiscussion> find(long id) {
        // Read before the row, not from its row mapper, which would hold one connection while asking for another.
        List<StrategyDiscussion.Attendee> attendees = attendees(id);
        List<StrategyDiscussion.Action> actions = actions(id);
        return jdbc.sql("""
                        SELECT d.*, e.id AS enquiry_id FROM strategy_discussion d
                        LEFT JOIN s47_enquiry e ON e.strategy_discussion_id = d.id WHERE d.id = :id
                        """).param("id", id)
                .query((rs, n) -> new StrategyDiscussion(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("person_id"),
                        rs.getTimestamp("held_at").toInstant(), rs.getString("recorded_by"), rs.getString("information"),
                        S47Decision.valueOf(rs.getString("s47_decision")), rs.getString("decision_reason"),
                        rs.getDate("icpc_due_on") == null ? null : rs.getDate("icpc_due_on").toLocalDate(),
                        (Long) rs.getObject("enquiry_id"), rs.getInt("version"), attendees, actions))
                .optional();
    }

    /** The child's discussions, newest first. */
    List<StrategyDiscussion> forChild(long personId) {
        return jdbc.sql("SELECT id FROM strategy_discussion WHERE person_id = :id ORDER BY held_at DESC, id DESC")
                .param("id", personId).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    private List<StrategyDiscussion.Attendee> attendees(long id) {
        return jdbc.sql("SELECT * FROM strategy_attendee WHERE discussion_id = :id ORDER BY id").param("id", id)
                .query((rs, n) -> new StrategyDiscussion.Attendee(rs.getLong("id"), rs.getString("name"),
                        StrategyAgency.valueOf(rs.getString("agency")), rs.getString("role"),
                        rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant(),
                        rs.getString("signed_off_by")))
                .list();
    }

    private List<StrategyDiscussion.Action> actions(long id) {
        return jdbc.sql("SELECT * FROM strategy_action WHERE discussion_id = :id ORDER BY due_on, id").param("id", id)
                .query((rs, n) -> new StrategyDiscussion.Action(rs.getString("action"), rs.getString("owner"),
                        rs.getDate("due_on").toLocalDate()))
                .list();
    }

    /** A corrected date (and the conference due date that follows from it), if nobody changed the discussion since it was read. */
    boolean correctHeldAt(long id, int version, Instant heldAt, LocalDate icpcDueOn) {
        return jdbc.sql("""
                        UPDATE strategy_discussion SET held_at = :held, icpc_due_on = :icpc, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("held", Timestamp.from(heldAt)).param("icpc", icpcDueOn == null ? null : Date.valueOf(icpcDueOn))
                .param("id", id).param("version", version).update() == 1;
    }

    boolean correctInformation(long id, int version, String information) {
        return jdbc.sql("UPDATE strategy_discussion SET information = :info, version = version + 1 WHERE id = :id AND version = :version")
                .param("info", information).param("id", id).param("version", version).update() == 1;
    }

    /** How a sign-off went. */
    enum SignOff { SIGNED, ALREADY_SIGNED, CHANGED }

    /**
     * Records one attendee's agreement to the record at {@code version}, the version of its content
     * (which only a correction changes, so other parties' sign-offs since it was read do not count).
     */
    SignOff signOff(long discussionId, long attendeeId, int version, String by, Instant at) {
        // A share lock: sign-offs by several parties go ahead together, but a correction waits for
        // them (or they for it), so the version compared here is the content being agreed to.
        int current = jdbc.sql("SELECT version FROM strategy_discussion WHERE id = :id FOR SHARE").param("id", discussionId)
                .query(Integer.class).single();
        if (current != version) {
            boolean signed = jdbc.sql("SELECT signed_off_at IS NOT NULL FROM strategy_attendee WHERE id = :attendee")
                    .param("attendee", attendeeId).query(Boolean.class).single();
            return signed ? SignOff.ALREADY_SIGNED : SignOff.CHANGED;
        }
        // Two sign-offs for the same party at once: the second finds it signed and changes nothing.
        int updated = jdbc.sql("""
                        UPDATE strategy_attendee SET signed_off_at = :at, signed_off_by = :by
                        WHERE id = :attendee AND discussion_id = :id AND signed_off_at IS NULL
                        """)
                .param("at", Timestamp.from(at)).param("by", by).param("attendee", attendeeId).param("id", discussionId)
                .update();
        return updated == 1 ? SignOff.SIGNED : SignOff.ALREADY_SIGNED;
    }
}
