package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.AttentionItem;
import org.opencsc.workforce.AttentionSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Front door work about a restricted record reaches only the staff named on it: the duty queue
 * and the allocation list show everyone else a line without the child. So the named staff whose
 * role can do the next step (decide, sign off, allocate) find it on their home page, whichever
 * page they usually work from, until it is done.
 */
@Component
class RestrictedFrontDoorWork implements AttentionSource {

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    RestrictedFrontDoorWork(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private record Waiting(long id, long personId, String name, Instant since, LocalDate dueOn, String status, Long[] children) {
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        boolean decides = ContactService.canDecide(user.role());
        boolean signsOff = ContactService.canSignOff(user.role());
        if (!decides && !signsOff) {
            return List.of();
        }
        List<AttentionItem> items = new ArrayList<>();
        for (Waiting c : contacts(user)) {
            boolean mine = c.status().equals(Contact.Status.AWAITING_DECISION.name()) ? decides : signsOff;
            // A contact about several children opens only for someone who may open all of them.
            if (mine && access.visibleIds(user, List.of(c.children())).size() == c.children().length) {
                String step = c.status().equals(Contact.Status.AWAITING_DECISION.name()) ? "a decision" : "a manager's sign-off";
                items.add(new AttentionItem("Contact " + c.id() + " about this restricted record awaits " + step + ", due "
                        + Dates.govuk(c.dueOn()) + ". Others at the front door see it only as a restricted record: the staff named on "
                        + "the record must act on it.",
                        c.personId(), c.name(), c.since(), "/contacts/" + c.id(), null));
            }
        }
        if (signsOff) {
            for (Waiting r : referrals(user)) {
                items.add(new AttentionItem("Referral " + r.id() + " of this restricted record awaits allocation. Other managers "
                        + "see it only as a restricted record: the staff named on the record must allocate it.",
                        r.personId(), r.name(), r.since(), "/referrals/allocation#referral-" + r.id(), null));
            }
        }
        return items;
    }

    private List<Waiting> contacts(CurrentUser user) {
        return jdbc.sql("""
                        SELECT c.id, p.id AS person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               c.received_at, c.decision_due_on, c.status,
                               ARRAY(SELECT person_id FROM contact_child WHERE contact_id = c.id) AS children
                        FROM contact c
                        JOIN contact_child cc ON cc.contact_id = c.id
                        JOIN person p ON p.id = cc.person_id AND p.restricted
                        JOIN restricted_access ra ON ra.person_id = p.id AND ra.user_id = :user
                        WHERE c.status <> 'DECIDED'
                        ORDER BY c.decision_due_on, c.received_at, c.id, p.id
                        """)
                .param("user", user.id())
                .query((rs, n) -> new Waiting(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getTimestamp("received_at").toInstant(), rs.getDate("decision_due_on").toLocalDate(),
                        rs.getString("status"), (Long[]) rs.getArray("children").getArray()))
                .list().stream()
                // One line per contact, even when it is about two restricted children the user is named on.
                .filter(firstPerContact())
                .toList();
    }

    private List<Waiting> referrals(CurrentUser user) {
        return jdbc.sql("""
                        SELECT r.id, p.id AS person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name, r.referral_date
                        FROM referral r
                        JOIN person p ON p.id = r.person_id AND p.restricted
                        JOIN restricted_access ra ON ra.person_id = p.id AND ra.user_id = :user
                        WHERE r.worker_id IS NULL AND r.closure_date IS NULL
                        ORDER BY r.referral_date, r.id
                        """)
                .param("user", user.id())
                .query((rs, n) -> {
                    LocalDate referred = rs.getDate("referral_date").toLocalDate();
                    return new Waiting(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                            referred.atStartOfDay(LondonTime.ZONE).toInstant(), null, null, new Long[0]);
                })
                .list();
    }

    private static Predicate<Waiting> firstPerContact() {
        Set<Long> seen = new HashSet<>();
        return w -> seen.add(w.id());
    }
}
