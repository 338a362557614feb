package org.opencsc.workforce;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencsc.platform.time.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AllocationRepository {

    private final JdbcClient jdbc;
    private final CaseloadLimits limits;
    private final Clock clock;

    AllocationRepository(JdbcClient jdbc, CaseloadLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    public Optional<Allocation> current(long personId) {
        return jdbc.sql("""
                        SELECT a.team_id, t.name AS team, a.worker_id, u.display_name AS worker, a.start_date
                        FROM allocation a JOIN team t ON t.id = a.team_id LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.person_id = :id AND a.end_date IS NULL ORDER BY a.start_date DESC LIMIT 1
                        """)
                .param("id", personId)
                .query((rs, n) -> new Allocation(rs.getLong("team_id"), rs.getString("team"),
                        (Long) rs.getObject("worker_id"), rs.getString("worker"), rs.getDate("start_date").toLocalDate()))
                .optional();
    }

    /**
     * The id of the child's current allocation, locked to the end of the caller's transaction:
     * a transfer names the allocation it was based on, and one sent at the same moment waits and
     * then finds it is no longer current. Empty when nothing is allocated now.
     */
    public Optional<Long> lockCurrent(long personId) {
        return jdbc.sql("SELECT id FROM allocation WHERE person_id = :id AND end_date IS NULL ORDER BY start_date DESC, id DESC LIMIT 1 FOR UPDATE")
                .param("id", personId).query(Long.class).optional();
    }

    /** The id of the child's current allocation (what a transfer form or API call sends back as its version). */
    public Optional<Long> currentId(long personId) {
        return jdbc.sql("SELECT id FROM allocation WHERE person_id = :id AND end_date IS NULL ORDER BY start_date DESC, id DESC LIMIT 1")
                .param("id", personId).query(Long.class).optional();
    }

    /** Every team: the front door's manager allocates across the whole service, not only to their own area. */
    public java.util.Set<Long> allTeamIds() {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM team").query(Long.class).list());
    }

    /** Hands the child to a team and worker: any current allocation ends the day before. */
    public void allocate(long personId, long teamId, Long workerId, java.time.LocalDate from) {
        jdbc.sql("UPDATE allocation SET end_date = greatest(start_date, :from - 1) WHERE person_id = :id AND end_date IS NULL")
                .param("from", from).param("id", personId).update();
        jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date) VALUES (?, ?, ?, ?)")
                .params(personId, teamId, workerId, from).update();
    }

    /** The case has closed: the current allocation ends that day. */
    public void endCurrent(long personId, java.time.LocalDate on) {
        jdbc.sql("UPDATE allocation SET end_date = greatest(start_date, :on) WHERE person_id = :id AND end_date IS NULL")
                .param("on", on).param("id", personId).update();
    }

    /**
     * Workers in the given teams with the number of children (not adults) each holds now against
     * their limit, newly qualified as {@link Asye} says today.
     */
    public List<WorkerCaseload> caseloads(Set<Long> teamIds) {
        LocalDate today = LondonTime.today(clock);
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.role, u.newly_qualified, u.qualified_on, u.started_on, u.fte, u.caseload_limit,
                               t.id AS team_id, t.name AS team,
                               (SELECT count(DISTINCT a.person_id) FROM allocation a JOIN person p ON p.id = a.person_id
                                 WHERE a.worker_id = u.id AND a.end_date IS NULL AND p.is_child AND p.merged_into IS NULL) AS children
                        FROM app_user u JOIN team_member m ON m.user_id = u.id JOIN team t ON t.id = m.team_id
                        WHERE t.id = ANY(:teams::bigint[]) AND u.active
                          AND u.role IN ('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'DUTY_SOCIAL_WORKER') AND u.kind = 'PERSON'
                        ORDER BY t.name, children, u.display_name
                        """)
                .param("teams", teamIds.toArray(Long[]::new))
                .query((rs, n) -> caseload(rs, today))
                .list();
    }

    /** One worker's caseload in a team, as {@link #caseloads} gives it: what an allocation's answer warns about. */
    public Optional<WorkerCaseload> caseload(long workerId, long teamId) {
        return caseloads(Set.of(teamId)).stream().filter(w -> w.workerId() == workerId).findFirst();
    }

    private WorkerCaseload caseload(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Date qualified = rs.getDate("qualified_on");
        Date started = rs.getDate("started_on");
        boolean nq = Asye.newlyQualifiedOn(rs.getBoolean("newly_qualified"), qualified == null ? null : qualified.toLocalDate(),
                started == null ? null : started.toLocalDate(), today);
        int children = rs.getInt("children");
        int limit = limits.limitFor((Integer) rs.getObject("caseload_limit"), nq, rs.getBigDecimal("fte"));
        return WorkerCaseload.of(rs.getLong("id"), rs.getString("display_name"), rs.getString("role"), nq, rs.getLong("team_id"),
                rs.getString("team"), children, limit);
    }

    /** Whether the user is an active practitioner in the team: the only people a case can be allocated to. */
    public boolean isMember(long userId, long teamId) {
        return jdbc.sql("""
                        SELECT count(*) FROM team_member m JOIN app_user u ON u.id = m.user_id
                        WHERE m.user_id = :u AND m.team_id = :t AND u.active
                          AND u.role IN ('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'DUTY_SOCIAL_WORKER') AND u.kind = 'PERSON'
                        """)
                .param("u", userId).param("t", teamId).query(Long.class).single() > 0;
    }

    /**
     * Children allocated to the worker, or (for a manager) to any of the given teams, with every
     * child's details: what a user is shown goes through {@code Redaction} first.
     */
    public List<CaseloadEntry> caseload(Long workerId, Set<Long> teamIds, int limit) {
        return jdbc.sql("""
                        SELECT p.id, coalesce(p.given_name || ' ', '') || p.family_name AS name, p.date_of_birth,
                               u.display_name AS worker, t.name AS team, a.start_date
                        FROM allocation a JOIN person p ON p.id = a.person_id JOIN team t ON t.id = a.team_id
                        LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND p.merged_into IS NULL
                          AND (a.worker_id = :worker OR (CAST(:worker AS bigint) IS NULL AND a.team_id = ANY(:teams::bigint[])))
                        ORDER BY a.start_date DESC, p.family_name LIMIT :limit
                        """)
                .param("worker", workerId)
                .param("teams", teamIds.toArray(Long[]::new))
                .param("limit", limit)
                .query((rs, n) -> {
                    Date dob = rs.getDate("date_of_birth");
                    return new CaseloadEntry(rs.getLong("id"), rs.getString("name"), dob == null ? null : dob.toLocalDate(),
                            rs.getString("worker"), rs.getString("team"), rs.getDate("start_date").toLocalDate(), false);
                })
                .list();
    }
}
