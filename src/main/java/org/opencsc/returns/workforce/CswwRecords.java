package org.opencsc.returns.workforce;

import java.util.Collection;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the staff the census may count, with plain SQL over the workforce's tables (app_user's
 * V48 columns, team_member, team_post) and this census's own (V50). Who is a social worker: a
 * member of staff whose job role is one of the census's six organisational roles, or, when no job
 * role has been recorded, whose account is a social worker's or a team or duty manager's (they are
 * counted, and flagged for the missing role, rather than silently left out).
 */
@Component
class CswwRecords {

    /** The system roles whose holders are social workers when their job role is not recorded. */
    static final List<String> SOCIAL_WORK_ACCOUNTS = List.of("SOCIAL_WORKER", "DUTY_SOCIAL_WORKER", "TEAM_MANAGER", "DUTY_MANAGER");

    private final JdbcClient jdbc;

    CswwRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's rows, for the whole council ({@code teams} empty) or the staff of those teams only. */
    CswwRows read(WorkforceCensusYear year, Collection<Long> teams) {
        boolean whole = teams.isEmpty();
        Long[] teamIds = teams.toArray(Long[]::new);
        String inTeams = whole ? "TRUE" : "EXISTS (SELECT 1 FROM team_member tm WHERE tm.user_id = u.id AND tm.team_id = ANY(:teams))";
        // Cases30: the children (not adults, not merged-away duplicates) allocated to the worker at the end of 30 September.
        String sql = """
                SELECT u.id, u.display_name, u.role, u.employment_type, u.started_on, u.left_on, u.qualified_on,
                       u.job_role, u.fte, u.swe_number,
                       d.birth_date, d.gender, d.ethnicity, d.qual_institution, d.qual_level, d.step_up_graduate,
                       d.frontline_graduate, d.start_origin, d.leaver_destination, d.reason_leave,
                       (SELECT count(DISTINCT a.person_id) FROM allocation a JOIN person p ON p.id = a.person_id
                         WHERE a.worker_id = u.id AND p.is_child AND p.merged_into IS NULL
                           AND %s) AS cases30
                  FROM app_user u LEFT JOIN staff_census_details d ON d.user_id = u.id
                 WHERE u.kind = 'PERSON'
                   AND (u.job_role IN ('SENIOR_MANAGER', 'MIDDLE_MANAGER', 'FIRST_LINE_MANAGER', 'SENIOR_PRACTITIONER',
                                       'CASE_HOLDER', 'QUALIFIED_NO_CASES')
                        OR (u.job_role IS NULL AND u.role IN (:accounts)))
                   AND (u.started_on IS NULL OR u.started_on <= :ref)
                   AND (u.left_on IS NULL OR u.left_on >= :start)
                   AND %s
                 ORDER BY u.id
                """.formatted(Definitions.openAt("a.start_date", "a.end_date", ":ref"), inTeams);
        var query = jdbc.sql(sql).param("ref", year.referenceDate()).param("start", year.start())
                .param("accounts", SOCIAL_WORK_ACCOUNTS);
        if (!whole) {
            query = query.param("teams", teamIds);
        }
        List<CswwRows.Worker> workers = query.query((rs, n) -> new CswwRows.Worker(rs.getLong("id"), rs.getString("display_name"),
                rs.getString("role"), rs.getString("employment_type"), rs.getObject("started_on", java.time.LocalDate.class),
                rs.getObject("left_on", java.time.LocalDate.class), rs.getObject("qualified_on", java.time.LocalDate.class),
                rs.getString("job_role"), rs.getBigDecimal("fte"), rs.getString("swe_number"),
                rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("gender"), rs.getString("ethnicity"),
                rs.getString("qual_institution"), rs.getString("qual_level"), (Boolean) rs.getObject("step_up_graduate"),
                (Boolean) rs.getObject("frontline_graduate"), rs.getString("start_origin"), rs.getString("leaver_destination"),
                rs.getString("reason_leave"), rs.getInt("cases30"))).list();
        Long[] ids = workers.stream().map(CswwRows.Worker::id).toArray(Long[]::new);
        List<CswwRows.Absence> absences = jdbc.sql("""
                        SELECT user_id, reason, first_day, last_day FROM staff_absence
                         WHERE user_id = ANY(:ids) AND first_day <= :ref AND (last_day IS NULL OR last_day >= :start)
                         ORDER BY user_id, first_day, id
                        """).param("ids", ids).param("ref", year.referenceDate()).param("start", year.start())
                .query((rs, n) -> new CswwRows.Absence(rs.getLong("user_id"), rs.getString("reason"),
                        rs.getObject("first_day", java.time.LocalDate.class), rs.getObject("last_day", java.time.LocalDate.class)))
                .list();
        var posts = jdbc.sql("SELECT team_id, job_role, funded_fte FROM team_post WHERE job_role <> 'NOT_SOCIAL_WORKER'"
                        + (whole ? "" : " AND team_id = ANY(:teams)") + " ORDER BY team_id, job_role");
        if (!whole) {
            posts = posts.param("teams", teamIds);
        }
        List<CswwRows.Post> postRows = posts.query((rs, n) -> new CswwRows.Post(rs.getLong("team_id"), rs.getString("job_role"),
                rs.getBigDecimal("funded_fte"))).list();
        List<CswwRows.Membership> memberships = jdbc.sql("SELECT team_id, user_id FROM team_member WHERE user_id = ANY(:ids)")
                .param("ids", ids).query((rs, n) -> new CswwRows.Membership(rs.getLong("team_id"), rs.getLong("user_id"))).list();
        return new CswwRows(workers, absences, postRows, memberships);
    }
}
