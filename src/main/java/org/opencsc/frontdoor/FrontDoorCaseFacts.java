package org.opencsc.frontdoor;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.opencsc.person.CaseFacts;
import org.opencsc.person.SearchResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search results' case facts from the front door: a referral not closed is an open case; and
 * the school is the one that last made a contact about the child (source 2A, the contactor's
 * agency), the only place a school is recorded so far.
 */
@Component
class FrontDoorCaseFacts implements CaseFacts {

    private final JdbcClient jdbc;

    FrontDoorCaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Fact> about(Collection<Long> personIds) {
        Map<Long, Fact> facts = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id,
                               (SELECT bool_or(r.closure_date IS NULL) FROM referral r WHERE r.person_id = p.id) AS open_case,
                               (SELECT c.contactor_agency FROM contact_child cc JOIN contact c ON c.id = cc.contact_id
                                 WHERE cc.person_id = p.id AND c.source_code = :schools AND c.contactor_agency IS NOT NULL
                                 ORDER BY c.received_at DESC LIMIT 1) AS school
                        FROM unnest(:ids::bigint[]) AS p(id)
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .param("schools", ReferralSource.SCHOOLS.code())
                .query(rs -> {
                    Object open = rs.getObject("open_case");
                    SearchResult.CaseState state = open == null ? SearchResult.CaseState.NONE
                            : rs.getBoolean("open_case") ? SearchResult.CaseState.OPEN : SearchResult.CaseState.CLOSED;
                    facts.put(rs.getLong("id"), new Fact(state, rs.getString("school")));
                });
        return facts;
    }
}
