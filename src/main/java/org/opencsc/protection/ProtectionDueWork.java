package org.opencsc.protection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.protection.strategy.StrategyDiscussions;
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

    static final String OUTCOME_BY = "The social worker or a manager records the enquiry’s outcome";
    static final String CONFERENCE_BY = "The conference chair records the conference (or a team manager for them)";
    static final String CORE_GROUP_BY = "The social worker records the core group (or their team manager)";
    static final String RESPONSE_BY = "The team manager responds";

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
        // Each item is done only by the roles its page admits (the same rule), so nobody is linked to a page that refuses them.
        items.addAll(jdbc.sql("""
                        SELECT e.id, e.person_id, e.icpc_due_on, e.completed_on FROM s47_enquiry e
                        WHERE e.person_id = ANY(:ids) AND (e.completed_on IS NULL OR
                          (e.outcome = 'ICPC_REQUIRED' AND NOT EXISTS (SELECT 1 FROM cp_conference c WHERE c.s47_enquiry_id = e.id)))
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    boolean awaitingOutcome = rs.getDate("completed_on") == null;
                    DueItem item = DueItem.forWorker(rs.getLong("person_id"), "Initial child protection conference",
                            rs.getDate("icpc_due_on").toLocalDate(),
                            "/s47-enquiries/" + rs.getLong("id") + (awaitingOutcome ? "/outcome" : "/conference"));
                    return awaitingOutcome
                            ? item.doneOnlyBy(StrategyDiscussions::canRecord, OUTCOME_BY)
                            : item.doneOnlyBy(Conferences::canRecord, CONFERENCE_BY);
                })
                .list());
        jdbc.sql("SELECT id, person_id, next_core_group_due_on, next_review_due_on FROM cp_plan "
                        + "WHERE person_id = ANY(:ids) AND ended_on IS NULL")
                .param("ids", ids)
                .query(rs -> {
                    long plan = rs.getLong("id");
                    long person = rs.getLong("person_id");
                    items.add(DueItem.forWorker(person, "Core group", rs.getDate("next_core_group_due_on").toLocalDate(),
                            "/plans/" + plan + "/core-group").doneOnlyBy(CoreGroups::canRecord, CORE_GROUP_BY));
                    items.add(DueItem.forWorker(person, "Review child protection conference",
                                    rs.getDate("next_review_due_on").toLocalDate(), "/plans/" + plan + "/review-conference")
                            .doneOnlyBy(Conferences::canRecord, CONFERENCE_BY));
                });
        items.addAll(jdbc.sql("SELECT id, person_id, response_due_on FROM cp_escalation "
                        + "WHERE person_id = ANY(:ids) AND responded_on IS NULL")
                .param("ids", ids)
                .query((rs, n) -> DueItem.forManager(rs.getLong("person_id"), "Respond to chair's escalation",
                                rs.getDate("response_due_on").toLocalDate(), "/escalations/" + rs.getLong("id") + "/response")
                        .doneOnlyBy(Escalations::canRespond, RESPONSE_BY))
                .list());
        return items;
    }
}
