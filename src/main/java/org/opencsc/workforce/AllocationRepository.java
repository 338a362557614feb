package org.opencsc.workforce;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AllocationRepository {

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Children allocated to the worker, or (for a manager) to any of the given teams. */
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
                            rs.getString("worker"), rs.getString("team"), rs.getDate("start_date").toLocalDate());
                })
                .list();
    }
}
