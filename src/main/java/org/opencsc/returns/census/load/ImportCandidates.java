package org.opencsc.returns.census.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records an uncertain child may be, as the page shows them: name and date of birth of a
 * record the user may open (security.AccessPolicy, as its own page would decide); any other (a
 * restricted record the user is not named on) by its id only.
 */
@Component
class ImportCandidates {

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    ImportCandidates(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    Map<Long, MatchCandidate> describe(List<Long> ids, CurrentUser user) {
        Map<Long, MatchCandidate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, Boolean> opens = access.visibility(user, ids);
        jdbc.sql("""
                        SELECT p.id, p.restricted, p.date_of_birth, coalesce(p.la_child_id, p.id::text) AS la_child_id, p.upn,
                               coalesce(n.given_name || ' ', '') || n.family_name AS name
                        FROM person p LEFT JOIN person_name n ON n.person_id = p.id AND n.kind = 'CURRENT'
                        WHERE p.id = ANY(:ids::bigint[])
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    boolean withheld = !opens.getOrDefault(id, false);
                    out.put(id, withheld ? new MatchCandidate(id, null, null, null, null, true)
                            : new MatchCandidate(id, rs.getString("name"),
                            rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate(),
                            rs.getString("la_child_id"), rs.getString("upn") == null ? null : rs.getString("upn").trim(), false));
                });
        return out;
    }
}
