package org.opencsc.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Sight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds to search results the user may open what tells two children apart: current address,
 * parents, school and open or closed case. Two queries for the whole list, whatever its length,
 * plus one per feature that knows of cases. A parent is named only if the user may open the
 * parent's record as well: the child's record being open says nothing about the parent's.
 */
@Component
class SearchDetails {

    private final JdbcClient jdbc;
    private final Redaction redaction;
    private final List<CaseFacts> caseFacts;

    SearchDetails(JdbcClient jdbc, Redaction redaction, List<CaseFacts> caseFacts) {
        this.jdbc = jdbc;
        this.redaction = redaction;
        this.caseFacts = caseFacts;
    }

    private record Parent(long childId, long parentId, String name) {
    }

    List<SearchResult> add(CurrentUser user, List<SearchResult> results) {
        List<Long> ids = results.stream().filter(SearchResult::canOpen).map(SearchResult::id).toList();
        if (ids.isEmpty()) {
            return results;
        }
        Map<Long, String> addresses = addresses(ids);
        List<Parent> parents = parents(ids);
        Redaction.Sights parentSights = redaction.of(user, parents.stream().map(Parent::parentId).toList());
        Map<Long, CaseFacts.Fact> facts = new HashMap<>();
        for (CaseFacts source : caseFacts) {
            facts.putAll(source.about(ids));
        }
        List<SearchResult> detailed = new ArrayList<>(results.size());
        for (SearchResult r : results) {
            if (!r.canOpen()) {
                detailed.add(r);
                continue;
            }
            List<String> named = new ArrayList<>();
            int notShown = 0;
            for (Parent p : parents) {
                if (p.childId() == r.id()) {
                    if (parentSights.of(p.parentId()) == Sight.OPEN) {
                        named.add(p.name());
                    } else {
                        notShown++;
                    }
                }
            }
            CaseFacts.Fact fact = facts.getOrDefault(r.id(), new CaseFacts.Fact(SearchResult.CaseState.NONE, null));
            detailed.add(r.with(new SearchResult.Details(addresses.get(r.id()), List.copyOf(named), notShown, fact.school(),
                    fact.caseState())));
        }
        return detailed;
    }

    private Map<Long, String> addresses(Collection<Long> ids) {
        Map<Long, String> byPerson = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, concat_ws(', ', line1, nullif(line2, ''), nullif(town, ''), postcode) AS line
                        FROM address WHERE person_id = ANY(:ids::bigint[]) AND end_date IS NULL
                        ORDER BY person_id, start_date DESC, id DESC
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    byPerson.put(rs.getLong("person_id"), rs.getString("line"));
                });
        return byPerson;
    }

    /** Current parents and step-parents ("A is PARENT of B" is stored on A), oldest link first. */
    private List<Parent> parents(Collection<Long> ids) {
        return jdbc.sql("""
                        SELECT r.related_person_id AS child_id, p.id AS parent_id, n.given_name, n.family_name
                        FROM relationship r
                        JOIN person p ON p.id = r.person_id AND p.merged_into IS NULL
                        JOIN person_name n ON n.person_id = p.id AND n.kind = 'CURRENT'
                        WHERE r.related_person_id = ANY(:ids::bigint[]) AND r.type IN ('PARENT', 'STEP_PARENT')
                          AND r.end_date IS NULL
                        ORDER BY r.related_person_id, r.id
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Parent(rs.getLong("child_id"), rs.getLong("parent_id"),
                        Names.full(rs.getString("given_name"), rs.getString("family_name"))))
                .list();
    }
}
