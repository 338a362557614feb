package org.opencsc.protection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Child protection's due work: initial conferences after Section 47 enquiries, core groups and
 * review conferences of open plans, and chairs' escalations waiting for a manager's response.
 */
@Component
class ProtectionDueWork implements DueWorkSource {

    private final JdbcClient jdbc;

    ProtectionDueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = personIds.toArray(Long[]::new);
        List<DueItem> items = new ArrayList<>();
        // Enquiries still open lead to their outcome page; those that concluded a conference is needed, to the conference page.
        items.addAll(jdbc.sql("""
                        SELECT e.id, e.person_id, e.icpc_due_on, e.completed_on FROM s47_enquiry e
                        WHERE e.person_id = ANY(:ids) AND (e.completed_on IS NULL OR
                          (e.outcome = 'ICPC_REQUIRED' AND NOT EXISTS (SELECT 1 FROM cp_conference c WHERE c.s47_enquiry_id = e.id)))
                        """)
                .param("ids", ids)
                .query((rs, n) -> DueItem.forWorker(rs.getLong("person_id"), "Initial child protection conference",
                        rs.getDate("icpc_due_on").toLocalDate(), "/s47-enquiries/" + rs.getLong("id")
                                + (rs.getDate("completed_on") == null ? "/outcome" : "/conference")))
                .list());
        jdbc.sql("SELECT id, person_id, next_core_group_due_on, next_review_due_on FROM cp_plan "
                        + "WHERE person_id = ANY(:ids) AND ended_on IS NULL")
                .param("ids", ids)
                .query(rs -> {
                    long plan = rs.getLong("id");
                    long person = rs.getLong("person_id");
                    items.add(DueItem.forWorker(person, "Core group", rs.getDate("next_core_group_due_on").toLocalDate(),
                            "/plans/" + plan + "/core-group"));
                    items.add(DueItem.forWorker(person, "Review child protection conference",
                            rs.getDate("next_review_due_on").toLocalDate(), "/plans/" + plan + "/review-conference"));
                });
        items.addAll(jdbc.sql("SELECT id, person_id, response_due_on FROM cp_escalation "
                        + "WHERE person_id = ANY(:ids) AND responded_on IS NULL")
                .param("ids", ids)
                .query((rs, n) -> DueItem.forManager(rs.getLong("person_id"), "Respond to chair's escalation",
                        rs.getDate("response_due_on").toLocalDate(), "/escalations/" + rs.getLong("id") + "/response"))
                .list());
        return items;
    }
}
