package org.opencsc.returns.census.quality;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who holds each child now (the current allocation's team and worker), read straight from allocations. */
@Repository
class HeldChildren {

    record Held(long personId, String childName, long teamId, String teamName, Long workerId, String workerName) {
    }

    private final JdbcClient jdbc;

    HeldChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children a team holds (or one of its workers), as Team work counts them. */
    List<Held> ofTeam(long teamId, Long workerId) {
        return jdbc.sql("""
                        SELECT a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS child_name,
                               a.team_id, t.name AS team_name, a.worker_id, u.display_name AS worker_name
                        FROM allocation a JOIN person p ON p.id = a.person_id JOIN team t ON t.id = a.team_id
                        LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND p.merged_into IS NULL AND a.team_id = :team
                          AND (CAST(:worker AS bigint) IS NULL OR a.worker_id = :worker)
                        ORDER BY p.family_name, p.given_name, a.person_id
                        """)
                .param("team", teamId).param("worker", workerId)
                .query(Held.class).list();
    }

    /** The team name of every child with a current allocation (the newest, if a child has two). */
    java.util.Map<Long, String> teamOfEveryChild() {
        java.util.Map<Long, String> teams = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (a.person_id) a.person_id, t.name
                        FROM allocation a JOIN team t ON t.id = a.team_id
                        WHERE a.end_date IS NULL
                        ORDER BY a.person_id, a.start_date DESC, a.id DESC
                        """)
                .query((rs, n) -> teams.put(rs.getLong(1), rs.getString(2))).list();
        return teams;
    }
}
