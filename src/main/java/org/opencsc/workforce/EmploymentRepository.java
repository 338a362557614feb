package org.opencsc.workforce;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencsc.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff employment records, their teams and the children each holds now; team posts. */
@Repository
class EmploymentRepository {

    /** The system roles that hold cases, as allocation offers them. */
    static final Set<Role> PRACTITIONERS = Set.of(Role.SOCIAL_WORKER, Role.FAMILY_SUPPORT_WORKER, Role.DUTY_SOCIAL_WORKER);

    /**
     * Every member of staff (people, not integrations), with their teams and the children (not
     * adults, not merged-away records) allocated to them now: one pass over the open allocations.
     */
    private static final String SELECT = """
            WITH held AS (
                SELECT a.worker_id, count(DISTINCT a.person_id) AS children
                FROM allocation a JOIN person p ON p.id = a.person_id
                WHERE a.end_date IS NULL AND a.worker_id IS NOT NULL AND p.is_child AND p.merged_into IS NULL
                GROUP BY a.worker_id)
            SELECT u.id, u.username, u.display_name, u.role, u.active, u.job_role, u.employment_type, u.started_on, u.left_on,
                   u.qualified_on, u.newly_qualified, u.fte, u.caseload_limit, u.swe_number, u.employment_version,
                   coalesce(h.children, 0) AS children,
                   (SELECT array_agg(t.id ORDER BY t.name) FROM team_member m JOIN team t ON t.id = m.team_id WHERE m.user_id = u.id) AS team_ids,
                   (SELECT array_agg(t.name ORDER BY t.name) FROM team_member m JOIN team t ON t.id = m.team_id WHERE m.user_id = u.id) AS team_names
            FROM app_user u LEFT JOIN held h ON h.worker_id = u.id
            WHERE u.kind = 'PERSON'
            """;

    private final JdbcClient jdbc;
    private final CaseloadLimits limits;

    EmploymentRepository(JdbcClient jdbc, CaseloadLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** Everyone, or (teamIds not null) the members of those teams. */
    List<Employee> staff(Set<Long> teamIds, LocalDate today) {
        String where = teamIds == null ? "" : " AND EXISTS (SELECT 1 FROM team_member m WHERE m.user_id = u.id AND m.team_id = ANY(:teams::bigint[]))";
        return jdbc.sql(SELECT + where + " ORDER BY u.display_name, u.username")
                .param("teams", teamIds == null ? new Long[0] : teamIds.toArray(Long[]::new))
                .query((rs, n) -> employee(rs, today)).list();
    }

    Optional<Employee> find(long userId, LocalDate today) {
        return jdbc.sql(SELECT + " AND u.id = :id").param("id", userId).query((rs, n) -> employee(rs, today)).optional();
    }

    /** False when the version is no longer the record's (someone changed it since it was read). */
    boolean update(long userId, EmploymentChange c) {
        return jdbc.sql("""
                        UPDATE app_user SET job_role = :jobRole, employment_type = :type, started_on = :started, left_on = :left,
                               qualified_on = :qualified, newly_qualified = :asye, fte = :fte, caseload_limit = :limit,
                               swe_number = :swe, employment_version = employment_version + 1
                        WHERE id = :id AND employment_version = :version AND kind = 'PERSON'
                        """)
                .param("jobRole", c.jobRole() == null ? null : c.jobRole().name())
                .param("type", c.employmentType().name())
                .param("started", c.startedOn()).param("left", c.leftOn()).param("qualified", c.qualifiedOn())
                .param("asye", c.asye()).param("fte", c.fte()).param("limit", c.caseloadLimit()).param("swe", c.sweNumber())
                .param("id", userId).param("version", c.version())
                .update() == 1;
    }

    List<TeamOption> teams(Set<Long> ids) {
        return jdbc.sql("SELECT id, name FROM team WHERE (CAST(:all AS boolean) OR id = ANY(:ids::bigint[])) ORDER BY name")
                .param("all", ids == null).param("ids", ids == null ? new Long[0] : ids.toArray(Long[]::new))
                .query((rs, n) -> new TeamOption(rs.getLong("id"), rs.getString("name"))).list();
    }

    Optional<TeamOption> team(long id) {
        return jdbc.sql("SELECT id, name FROM team WHERE id = :id").param("id", id)
                .query((rs, n) -> new TeamOption(rs.getLong("id"), rs.getString("name"))).optional();
    }

    /** Each team's funded posts by job role (a job role with no row is funded for none). */
    List<TeamPost> posts(Set<Long> teamIds) {
        return jdbc.sql("""
                        SELECT team_id, job_role, funded_fte, version FROM team_post
                        WHERE (CAST(:all AS boolean) OR team_id = ANY(:teams::bigint[])) ORDER BY team_id, job_role
                        """)
                .param("all", teamIds == null).param("teams", teamIds == null ? new Long[0] : teamIds.toArray(Long[]::new))
                .query((rs, n) -> new TeamPost(rs.getLong("team_id"), JobRole.valueOf(rs.getString("job_role")),
                        rs.getBigDecimal("funded_fte"), rs.getInt("version"))).list();
    }

    /** Locks the team's row so two edits of its posts take turns; the versions are then compared under the lock. */
    void lockTeam(long teamId) {
        jdbc.sql("SELECT id FROM team WHERE id = :id FOR UPDATE").param("id", teamId).query(Long.class).optional();
    }

    void savePost(long teamId, JobRole role, BigDecimal funded) {
        jdbc.sql("""
                        INSERT INTO team_post (team_id, job_role, funded_fte) VALUES (:t, :r, :f)
                        ON CONFLICT (team_id, job_role) DO UPDATE SET funded_fte = EXCLUDED.funded_fte, version = team_post.version + 1
                        WHERE team_post.funded_fte IS DISTINCT FROM EXCLUDED.funded_fte
                        """)
                .param("t", teamId).param("r", role.name()).param("f", funded).update();
    }

    void deletePost(long teamId, JobRole role) {
        jdbc.sql("DELETE FROM team_post WHERE team_id = :t AND job_role = :r").param("t", teamId).param("r", role.name()).update();
    }

    private Employee employee(ResultSet rs, LocalDate today) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        LocalDate started = date(rs, "started_on");
        LocalDate left = date(rs, "left_on");
        LocalDate qualified = date(rs, "qualified_on");
        boolean flag = rs.getBoolean("newly_qualified");
        boolean nq = Asye.newlyQualifiedOn(flag, qualified, started, today);
        BigDecimal fte = rs.getBigDecimal("fte");
        Integer own = (Integer) rs.getObject("caseload_limit");
        boolean active = rs.getBoolean("active");
        boolean inPost = active && (started == null || !started.isAfter(today)) && (left == null || !left.isBefore(today));
        List<TeamOption> teams = new ArrayList<>();
        java.sql.Array ids = rs.getArray("team_ids");
        java.sql.Array names = rs.getArray("team_names");
        if (ids != null) {
            Long[] i = (Long[]) ids.getArray();
            String[] s = (String[]) names.getArray();
            for (int k = 0; k < i.length; k++) {
                teams.add(new TeamOption(i[k], s[k]));
            }
        }
        String jobRole = rs.getString("job_role");
        return new Employee(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), role.name(), role.label(),
                active, List.copyOf(teams), jobRole == null ? null : JobRole.valueOf(jobRole),
                EmploymentType.valueOf(rs.getString("employment_type")), started, left, qualified, flag, fte, own,
                rs.getString("swe_number"), rs.getInt("employment_version"), inPost, nq, Asye.lastDay(flag, qualified, started),
                limits.limitFor(own, nq, fte), PRACTITIONERS.contains(role), rs.getInt("children"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static String[] names(Set<Role> roles) {
        return Arrays.stream(roles.toArray(Role[]::new)).map(Role::name).toArray(String[]::new);
    }
}
