package org.opencsc.plan;

import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Actions of finalised plans that are not done yet, by their due date: whoever owns an action
 * (often a parent or another agency), the child's worker follows it up, so it is their work.
 * Plans giving content to an ended CP plan are left out.
 */
@Component
class PlanActionDueWork implements DueWorkSource {

    private final JdbcClient jdbc;

    PlanActionDueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.person_id, a ->> 'what' AS what, a ->> 'owner' AS owner, CAST(a ->> 'dueOn' AS date) AS due_on
                        FROM child_plan p
                        JOIN plan_version v ON v.plan_id = p.id AND v.number = p.latest_version
                        LEFT JOIN cp_plan c ON c.id = p.cp_plan_id
                        CROSS JOIN LATERAL jsonb_array_elements(v.snapshot -> 'needs') n
                        CROSS JOIN LATERAL jsonb_array_elements(n -> 'actions') a
                        WHERE p.person_id = ANY(:ids) AND c.ended_on IS NULL
                          AND a ->> 'dueOn' IS NOT NULL AND a ->> 'doneOn' IS NULL
                          AND NOT EXISTS (SELECT 1 FROM plan_action_done d WHERE d.plan_id = p.id AND d.action_id = a ->> 'id')
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, n) -> DueItem.forWorker(rs.getLong("person_id"),
                        "Plan action: " + rs.getString("what") + " (" + rs.getString("owner") + ")",
                        rs.getDate("due_on").toLocalDate(), "/child-plans/" + rs.getLong("id")))
                .list();
    }
}
