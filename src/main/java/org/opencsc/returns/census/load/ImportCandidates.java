package org.opencsc.returns.census.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records an uncertain child may be, as the page shows them: name and date of birth to a
 * user who may see every unrestricted record; a restricted record, or any record to a user who
 * opens no records (an administrator), by its id only.
 */
@Component
class ImportCandidates {

    private final JdbcClient jdbc;

    ImportCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, MatchCandidate> describe(List<Long> ids, CurrentUser user) {
        Map<Long, MatchCandidate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        boolean seesRecords = user.role().scope() == Role.Scope.ALL;
        jdbc.sql("""
                        SELECT p.id, p.restricted, p.date_of_birth, coalesce(p.la_child_id, p.id::text) AS la_child_id, p.upn,
                               coalesce(n.given_name || ' ', '') || n.family_name AS name
                        FROM person p LEFT JOIN person_name n ON n.person_id = p.id AND n.kind = 'CURRENT'
                        WHERE p.id = ANY(:ids::bigint[])
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    boolean withheld = !seesRecords || rs.getBoolean("restricted");
                    out.put(id, withheld ? new MatchCandidate(id, null, null, null, null, true)
                            : new MatchCandidate(id, rs.getString("name"),
                            rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate(),
                            rs.getString("la_child_id"), rs.getString("upn") == null ? null : rs.getString("upn").trim(), false));
                });
        return out;
    }
}
