package org.opencsc.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who holds which open case: the children whose due work a worker or a team is answerable for. */
@Repository
class CaseholderRepository {

    record Caseholder(long personId, String childName, Long workerId, String workerName, String teamName) {
    }

    private final JdbcClient jdbc;

    CaseholderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Children allocated now to the worker, or (worker null) to the team, optionally narrowed to one worker. */
    List<Caseholder> openCases(Long workerId, Long teamId) {
        return jdbc.sql("""
                        SELECT a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               a.worker_id, u.display_name AS worker, t.name AS team
                        FROM allocation a JOIN person p ON p.id = a.person_id JOIN team t ON t.id = a.team_id
                        LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND p.merged_into IS NULL
                          AND (CAST(:worker AS bigint) IS NULL OR a.worker_id = :worker)
                          AND (CAST(:team AS bigint) IS NULL OR a.team_id = :team)
                        """)
                .param("worker", workerId)
                .param("team", teamId)
                .query((rs, n) -> new Caseholder(rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("worker_id"), rs.getString("worker"),
                        rs.getString("team")))
                .list();
    }

    /** Children allocated now to any of these teams (a manager's service area). */
    List<Caseholder> openCasesInTeams(Set<Long> teamIds) {
        return jdbc.sql("""
                        SELECT a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               a.worker_id, u.display_name AS worker, t.name AS team
                        FROM allocation a JOIN person p ON p.id = a.person_id JOIN team t ON t.id = a.team_id
                        LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND p.merged_into IS NULL AND a.team_id = ANY(:teams::bigint[])
                        """)
                .param("teams", teamIds.toArray(Long[]::new))
                .query((rs, n) -> new Caseholder(rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("worker_id"),
                        rs.getString("worker"), rs.getString("team")))
                .list();
    }

    /**
     * These people with who holds their case now, if anyone: the children of work addressed to a
     * user (a contact in the queue, a review they chair) are often on nobody's caseload of theirs.
     */
    List<Caseholder> describe(Collection<Long> personIds) {
        return jdbc.sql("""
                        SELECT p.id AS person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               a.worker_id, u.display_name AS worker, t.name AS team
                        FROM person p
                        LEFT JOIN LATERAL (SELECT * FROM allocation x WHERE x.person_id = p.id AND x.end_date IS NULL
                                           ORDER BY x.id DESC LIMIT 1) a ON true
                        LEFT JOIN team t ON t.id = a.team_id LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE p.id = ANY(:ids::bigint[])
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, n) -> new Caseholder(rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("worker_id"),
                        rs.getString("worker"), rs.getString("team")))
                .list();
    }

    /** The team's members, whose own actions its manager sees. */
    List<Long> members(long teamId) {
        return jdbc.sql("SELECT user_id FROM team_member WHERE team_id = :team").param("team", teamId).query(Long.class).list();
    }

    List<TeamOption> teams(Set<Long> ids) {
        return jdbc.sql("SELECT id, name FROM team WHERE id = ANY(:ids::bigint[]) ORDER BY name")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new TeamOption(rs.getLong("id"), rs.getString("name")))
                .list();
    }
}
