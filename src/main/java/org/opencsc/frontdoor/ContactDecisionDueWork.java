package org.opencsc.frontdoor;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The front door's work on "My work", by the 1-working-day decision date: a duty social worker's
 * contacts waiting for a decision; a duty manager's decisions waiting for sign-off; a team
 * manager's sign-offs of contacts about children their teams hold. The children of a contact are
 * rarely on the user's caseload, so these are found through the user. A contact about several
 * children is one line, under the first.
 */
@Component
class ContactDecisionDueWork implements DueWorkSource {

    static final String DECIDE_BY = "A duty social worker or manager decides";
    static final String SIGN_OFF_BY = "A duty or team manager signs it off";

    private final JdbcClient jdbc;

    ContactDecisionDueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        return List.of();
    }

    @Override
    public List<DueItem> dueTo(CurrentUser user) {
        return switch (user.role()) {
            case DUTY_SOCIAL_WORKER -> contacts(Contact.Status.AWAITING_DECISION, null, "Decide on contact",
                    ContactService::canDecide, DECIDE_BY);
            case DUTY_MANAGER -> contacts(Contact.Status.AWAITING_SIGN_OFF, null, "Sign off contact decision",
                    ContactService::canSignOff, SIGN_OFF_BY);
            case TEAM_MANAGER -> user.visibleTeamIds().isEmpty() ? List.of()
                    : contacts(Contact.Status.AWAITING_SIGN_OFF, user.visibleTeamIds().toArray(Long[]::new),
                    "Sign off contact decision", ContactService::canSignOff, SIGN_OFF_BY);
            default -> List.of();
        };
    }

    /** Contacts in this state; with {@code teams}, only those about a child allocated to one of them. */
    private List<DueItem> contacts(Contact.Status status, Long[] teams, String what, Predicate<Role> doneBy, String whoActs) {
        return jdbc.sql("""
                        SELECT c.id, c.decision_due_on, (SELECT min(cc.person_id) FROM contact_child cc WHERE cc.contact_id = c.id) AS person_id
                        FROM contact c
                        WHERE c.status = :status
                          AND EXISTS (SELECT 1 FROM contact_child cc WHERE cc.contact_id = c.id)
                          AND (CAST(:teams AS bigint[]) IS NULL OR EXISTS (
                              SELECT 1 FROM contact_child cc JOIN allocation a ON a.person_id = cc.person_id AND a.end_date IS NULL
                              WHERE cc.contact_id = c.id AND a.team_id = ANY(CAST(:teams AS bigint[]))))
                        ORDER BY c.decision_due_on, c.id
                        """)
                .param("status", status.name())
                .param("teams", teams)
                .query((rs, n) -> DueItem.forWorker(rs.getLong("person_id"), what, rs.getDate("decision_due_on").toLocalDate(),
                        "/contacts/" + rs.getLong("id")).doneOnlyBy(doneBy, whoActs))
                .list();
    }
}
