package org.opencsc.quality.round;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencsc.quality.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's row as stored; audits and partners are read separately. */
    record Row(long id, String title, RoundKind kind, String theme, long templateId, String templateName, int templateVersion,
               Selection selection, SampleFilter filter, List<Long> eligibleIds, Integer sampleSize, Long seed, LocalDate dueOn,
               Instant createdAt, String createdBy, Instant closedAt, int version) {
    }

    /**
     * Locks the template version for the round being made, when it is the current version of its
     * series; an edit of it waits until the round is saved, then sees it in use and makes the next version.
     */
    boolean lockCurrentTemplate(long templateId) {
        return jdbc.sql("SELECT id FROM audit_template WHERE id = :id AND superseded_at IS NULL FOR UPDATE")
                .param("id", templateId).query(Long.class).optional().isPresent();
    }

    boolean teamExists(long teamId) {
        return jdbc.sql("SELECT count(*) FROM team WHERE id = :id").param("id", teamId).query(Long.class).single() > 0;
    }

    /** Of these ids, the ones that are children's records in use (not adults, not merged into another). */
    List<Long> children(List<Long> ids) {
        return jdbc.sql("SELECT id FROM person WHERE id = ANY(:ids) AND is_child AND merged_into IS NULL")
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
    }

    long insert(RoundInput in, SampleFilter filter, List<Long> eligibleIds, long userId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO audit_round (title, kind, theme, template_id, selection, filter, eligible_ids, sample_size, seed,
                                                 due_on, created_at, created_by)
                        VALUES (:title, :kind, :theme, :template, :selection,
                                jsonb_strip_nulls(jsonb_build_object('teamId', :team::bigint, 'levelOfNeed', :level::text,
                                    'cpPlanOver12Months', :cp::boolean, 'reReferral', :rr::boolean, 'closedWithinDays', :closed::int)),
                                :eligible, :size, :seed, :due, :at, :by)
                        RETURNING id""")
                .param("title", in.title().strip()).param("kind", in.kind()).param("theme", in.theme())
                .param("template", in.templateId()).param("selection", in.selection())
                .param("team", filter.teamId()).param("level", filter.levelOfNeed())
                .param("cp", filter.cpPlanOnly() ? Boolean.TRUE : null).param("rr", filter.reReferralOnly() ? Boolean.TRUE : null)
                .param("closed", filter.closedWithinDays())
                .param("eligible", eligibleIds.toArray(Long[]::new)).param("size", in.sampleSize()).param("seed", in.seed())
                .param("due", Date.valueOf(in.dueOn())).param("at", Timestamp.from(at)).param("by", userId)
                .query(Long.class).single();
    }

    /**
     * One NOT_STARTED audit per child, in the order drawn, recording the template version, the
     * team and worker holding the child now (or last, for a closed case) and that worker's line manager.
     */
    void insertAudits(long roundId, long templateId, List<Long> personIds) {
        jdbc.sql("""
                        WITH holder AS (%s)
                        INSERT INTO audit (round_id, person_id, template_id, worker_id, worker_manager_id, team_id)
                        SELECT :round, d.id, :template, h.worker_id, w.line_manager_id, h.team_id
                        FROM unnest(:ids::bigint[]) WITH ORDINALITY AS d(id, n)
                        LEFT JOIN holder h ON h.person_id = d.id
                        LEFT JOIN app_user w ON w.id = h.worker_id
                        ORDER BY d.n""".formatted(EligibleChildren.HOLDER))
                .param("round", roundId).param("template", templateId).param("ids", personIds.toArray(Long[]::new)).update();
    }

    List<RoundSummary> list() {
        return jdbc.sql("""
                        SELECT r.id, r.title, r.kind, r.theme, r.selection, r.due_on, r.created_at, r.closed_at,
                               (SELECT count(*) FROM audit a WHERE a.round_id = r.id) AS audits,
                               (SELECT count(*) FROM audit a WHERE a.round_id = r.id AND a.status IN ('COMPLETED', 'MODERATED')) AS finished
                        FROM audit_round r ORDER BY r.closed_at IS NOT NULL, r.due_on, r.id DESC""")
                .query((rs, n) -> new RoundSummary(rs.getLong("id"), rs.getString("title"), RoundKind.valueOf(rs.getString("kind")),
                        rs.getString("theme"), Selection.valueOf(rs.getString("selection")), rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("created_at").toInstant(), instant(rs, "closed_at"), rs.getInt("audits"), rs.getInt("finished")))
                .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("""
                        SELECT r.*, t.name AS template_name, t.version AS template_version, u.display_name AS created_by_name,
                               (r.filter->>'teamId')::bigint AS f_team, r.filter->>'levelOfNeed' AS f_level,
                               (r.filter->>'cpPlanOver12Months')::boolean AS f_cp, (r.filter->>'reReferral')::boolean AS f_rr,
                               (r.filter->>'closedWithinDays')::int AS f_closed
                        FROM audit_round r JOIN audit_template t ON t.id = r.template_id JOIN app_user u ON u.id = r.created_by
                        WHERE r.id = :id""").param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), RoundKind.valueOf(rs.getString("kind")),
                        rs.getString("theme"), rs.getLong("template_id"), rs.getString("template_name"), rs.getInt("template_version"),
                        Selection.valueOf(rs.getString("selection")),
                        new SampleFilter(rs.getObject("f_team", Long.class), rs.getString("f_level"), rs.getObject("f_cp", Boolean.class),
                                rs.getObject("f_rr", Boolean.class), rs.getObject("f_closed", Integer.class)),
                        ids(rs.getArray("eligible_ids")), rs.getObject("sample_size", Integer.class), rs.getObject("seed", Long.class),
                        rs.getDate("due_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"),
                        instant(rs, "closed_at"), rs.getInt("version")))
                .optional();
    }

    /** The audits, in the order drawn; names are the caller's to seal. */
    List<RoundAudit> audits(long roundId) {
        return jdbc.sql("""
                        SELECT a.id, a.person_id, trim(coalesce(p.given_name || ' ', '') || p.family_name) AS child_name, a.status,
                               a.auditor_id, au.display_name AS auditor_name, a.worker_id, w.display_name AS worker_name,
                               t.name AS team_name, a.version
                        FROM audit a JOIN person p ON p.id = a.person_id
                        LEFT JOIN app_user au ON au.id = a.auditor_id LEFT JOIN app_user w ON w.id = a.worker_id
                        LEFT JOIN team t ON t.id = a.team_id
                        WHERE a.round_id = :id ORDER BY a.id""").param("id", roundId)
                .query((rs, n) -> new RoundAudit(rs.getLong("id"), rs.getLong("person_id"), rs.getString("child_name"), false,
                        rs.getString("status"), rs.getObject("auditor_id", Long.class), rs.getString("auditor_name"),
                        rs.getObject("worker_id", Long.class), rs.getString("worker_name"), rs.getString("team_name"), rs.getInt("version")))
                .list();
    }

    List<RoundPartner> partners(long roundId) {
        return jdbc.sql("""
                        SELECT p.user_id, u.display_name, p.agency, p.last_day FROM audit_round_partner p JOIN app_user u ON u.id = p.user_id
                        WHERE p.round_id = :id ORDER BY u.display_name, p.user_id""").param("id", roundId)
                .query((rs, n) -> new RoundPartner(rs.getLong("user_id"), rs.getString("display_name"),
                        Agency.valueOf(rs.getString("agency")), rs.getDate("last_day").toLocalDate()))
                .list();
    }

    /** The audit's round and status, locked for a change to it. */
    record AuditState(long roundId, String status, int version) {
    }

    Optional<AuditState> lockAudit(long auditId) {
        return jdbc.sql("SELECT round_id, status, version FROM audit WHERE id = :id FOR UPDATE").param("id", auditId)
                .query((rs, n) -> new AuditState(rs.getLong("round_id"), rs.getString("status"), rs.getInt("version"))).optional();
    }

    void assignAuditor(long auditId, long auditorId) {
        jdbc.sql("UPDATE audit SET auditor_id = :u, version = version + 1 WHERE id = :id").param("id", auditId).param("u", auditorId).update();
    }

    /** Locks the round's row: whether it is closed; empty when there is no such round. */
    Optional<Boolean> lockRoundClosed(long roundId) {
        return jdbc.sql("SELECT closed_at IS NOT NULL FROM audit_round WHERE id = :id FOR UPDATE").param("id", roundId)
                .query(Boolean.class).optional();
    }

    /** An account that might be named on a round: its role, whether it is active, and its access's end. */
    record Account(long id, String role, boolean active, Instant accessExpiresAt) {
    }

    Optional<Account> account(long userId) {
        return jdbc.sql("SELECT id, role, active, access_expires_at FROM app_user WHERE id = :id").param("id", userId)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("role"), rs.getBoolean("active"),
                        instant(rs, "access_expires_at"))).optional();
    }

    /** Adds the partner, or changes their agency and last day when they are on the round already. */
    void putPartner(long roundId, long userId, Agency agency, LocalDate lastDay, long by, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_round_partner (round_id, user_id, agency, last_day, added_at, added_by)
                        VALUES (:round, :user, :agency, :last, :at, :by)
                        ON CONFLICT (round_id, user_id) DO UPDATE SET agency = excluded.agency, last_day = excluded.last_day,
                            added_at = excluded.added_at, added_by = excluded.added_by""")
                .param("round", roundId).param("user", userId).param("agency", agency.name()).param("last", Date.valueOf(lastDay))
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** True when the round was open at this version; closing ends partners' access after yesterday. */
    boolean close(long roundId, Integer version, Instant at, LocalDate yesterday) {
        int n = jdbc.sql("UPDATE audit_round SET closed_at = :at, version = version + 1 WHERE id = :id AND closed_at IS NULL"
                        + (version == null ? "" : " AND version = :v"))
                .param("id", roundId).param("at", Timestamp.from(at)).params(version == null ? java.util.Map.of() : java.util.Map.of("v", version))
                .update();
        if (n == 1) {
            jdbc.sql("UPDATE audit_round_partner SET last_day = :d WHERE round_id = :id AND last_day > :d")
                    .param("id", roundId).param("d", Date.valueOf(yesterday)).update();
        }
        return n == 1;
    }

    /** The QA officers an audit can be given to. */
    List<Person> auditors() {
        return people("QA_AUDITOR");
    }

    /** Partner agencies' auditors whose accounts are active. */
    List<Person> partnerAuditors() {
        return people("PARTNER_AUDITOR");
    }

    record Person(long id, String name) {
    }

    /** Every team, for the filter. */
    List<Person> teams() {
        return jdbc.sql("SELECT id, name AS display_name FROM team ORDER BY name").query((rs, n) -> new Person(rs.getLong("id"),
                rs.getString("display_name"))).list();
    }

    private List<Person> people(String role) {
        return jdbc.sql("SELECT id, display_name FROM app_user WHERE role = :role AND active ORDER BY display_name, id")
                .param("role", role).query((rs, n) -> new Person(rs.getLong("id"), rs.getString("display_name"))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
