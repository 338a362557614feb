package org.opencsc.frontdoor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
class ReferralRepository {

    private static final String SELECT = """
            SELECT r.*, coalesce(p.given_name || ' ', '') || p.family_name AS child_name, p.date_of_birth,
                   prev.referral_date AS previous_date, t.name AS team_name, u.display_name AS worker_name
            FROM referral r JOIN person p ON p.id = r.person_id
            LEFT JOIN referral prev ON prev.id = r.previous_referral_id
            LEFT JOIN team t ON t.id = r.team_id LEFT JOIN app_user u ON u.id = r.worker_id
            """;

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's latest referral in the 12 months before {@code date}, which makes a new one a re-referral. */
    Optional<Long> previousWithinTwelveMonths(long personId, LocalDate date) {
        return jdbc.sql("""
                        SELECT id FROM referral WHERE person_id = :person
                          AND referral_date > CAST(:date AS date) - interval '12 months' AND referral_date <= :date
                        ORDER BY referral_date DESC, id DESC LIMIT 1
                        """)
                .param("person", personId).param("date", Date.valueOf(date)).query(Long.class).optional();
    }

    long insert(long contactId, long personId, LocalDate date, ReferralSource source, PrimaryNeed need, Long previous) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code,
                                              re_referral, previous_referral_id)
                        VALUES (:contact, :person, :date, :source, :need, :re, :previous)
                        """)
                .param("contact", contactId).param("person", personId).param("date", Date.valueOf(date))
                .param("source", source.code()).param("need", need.name()).param("re", previous != null)
                .param("previous", previous)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The child's open referral (not closed), the latest if the past left more than one. */
    Optional<Referral> openFor(long personId) {
        return jdbc.sql(SELECT + " WHERE r.person_id = :id AND r.closure_date IS NULL ORDER BY r.referral_date DESC, r.id DESC LIMIT 1")
                .param("id", personId).query((rs, n) -> map(rs)).optional();
    }

    /**
     * Serialises opening referrals for one child to the end of the transaction, so two contacts
     * signed off at the same moment cannot each see no open referral and both open one.
     */
    void lockChildReferrals(long personId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:ns, :person)").param("ns", "referral".hashCode())
                .param("person", Long.hashCode(personId)).query((rs, n) -> 1).list();
    }

    void lock(long id) {
        jdbc.sql("SELECT id FROM referral WHERE id = ? FOR UPDATE").params(id).query(Long.class).optional();
    }

    Optional<Referral> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    List<Referral> awaitingAllocation(int limit) {
        return jdbc.sql(SELECT + " WHERE r.worker_id IS NULL AND r.closure_date IS NULL ORDER BY r.referral_date, r.id LIMIT :limit")
                .param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    List<Referral> unallocatedFromContact(Long contactId) {
        if (contactId == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE r.contact_id = :id AND r.worker_id IS NULL ORDER BY r.id")
                .param("id", contactId).query((rs, n) -> map(rs)).list();
    }

    List<Referral> forChild(long personId) {
        return jdbc.sql(SELECT + " WHERE r.person_id = :id ORDER BY r.referral_date DESC, r.id DESC")
                .param("id", personId).query((rs, n) -> map(rs)).list();
    }

    boolean allocate(long id, int version, long teamId, long workerId, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE referral SET team_id = :team, worker_id = :worker, allocated_by = :by, allocated_at = :at,
                                            version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("team", teamId).param("worker", workerId).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    private Referral map(ResultSet rs) throws SQLException {
        Date dob = rs.getDate("date_of_birth");
        Date previous = rs.getDate("previous_date");
        Timestamp allocatedAt = rs.getTimestamp("allocated_at");
        return new Referral(rs.getLong("id"), (Long) rs.getObject("contact_id"), rs.getLong("person_id"), rs.getString("child_name"),
                dob == null ? null : dob.toLocalDate(), rs.getDate("referral_date").toLocalDate(),
                ReferralSource.fromCode(rs.getString("source_code")).orElse(ReferralSource.UNKNOWN),
                PrimaryNeed.fromCode(rs.getString("primary_need_code")).orElse(null), rs.getBoolean("re_referral"),
                (Long) rs.getObject("previous_referral_id"), previous == null ? null : previous.toLocalDate(),
                (Long) rs.getObject("team_id"), rs.getString("team_name"), (Long) rs.getObject("worker_id"),
                rs.getString("worker_name"), allocatedAt == null ? null : allocatedAt.toInstant(),
                rs.getDate("closure_date") == null ? null : rs.getDate("closure_date").toLocalDate(),
                rs.getString("closure_reason"), rs.getInt("version"), null);
    }
}
