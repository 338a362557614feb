package org.opencsc.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Sight;
import org.opencsc.workforce.AttentionItem;
import org.opencsc.workforce.AttentionSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer told to the two workers it concerns, on their home page until each marks it read.
 * These are addressed to the user, not found through a caseload, because the worker a child
 * leaves no longer holds them. That worker, when they may no longer open the record (the child
 * went to another team), is told that a child they held has gone and to whom, not who the child
 * is nor the reason, which is about the child.
 */
@Component
class TransferNotices implements AttentionSource {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    TransferNotices(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    private record Notice(long id, long personId, String name, boolean received, String from, String to,
                          java.time.LocalDate since, String reason, String by, Instant at) {
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        List<Notice> notices = unread(user.id());
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<Long, Sight> sights = access.sight(user, notices.stream().map(Notice::personId).distinct().toList());
        return notices.stream().map(n -> {
            String done = "/case-transfers/" + n.id() + "/read";
            if (sights.get(n.personId()) != Sight.OPEN) {
                return new AttentionItem("A child allocated to you since " + Dates.govuk(n.since()) + " has been transferred to "
                        + n.to() + " by " + n.by() + ". You can no longer open their record: hand over anything you hold "
                        + "for them to their new worker.", null, null, n.at(), null, done);
            }
            String what = n.received()
                    ? "Transferred to you from " + n.from() + " by " + n.by() + ". Reason: " + n.reason()
                    : "Transferred from you to " + n.to() + " by " + n.by() + ". Reason: " + n.reason();
            return new AttentionItem(what, n.personId(), n.name(), n.at(), null, done);
        }).toList();
    }

    private List<Notice> unread(long userId) {
        return jdbc.sql("""
                        SELECT t.id, t.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               t.to_worker_id = n.user_id AS received, t.from_since, t.reason, t.transferred_by, t.transferred_at,
                               coalesce(fw.display_name || ', ', '') || ft.name AS from_holder, tw.display_name || ', ' || tt.name AS to_holder
                        FROM case_transfer_notice n JOIN case_transfer t ON t.id = n.transfer_id JOIN person p ON p.id = t.person_id
                        JOIN team ft ON ft.id = t.from_team_id LEFT JOIN app_user fw ON fw.id = t.from_worker_id
                        JOIN team tt ON tt.id = t.to_team_id JOIN app_user tw ON tw.id = t.to_worker_id
                        WHERE n.user_id = :user AND n.read_at IS NULL
                        ORDER BY t.transferred_at, t.id
                        """)
                .param("user", userId)
                .query((rs, i) -> new Notice(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getBoolean("received"), rs.getString("from_holder"), rs.getString("to_holder"),
                        rs.getDate("from_since").toLocalDate(), rs.getString("reason"), rs.getString("transferred_by"),
                        rs.getTimestamp("transferred_at").toInstant()))
                .list();
    }

    /** The worker has read it: it leaves their home page. Only a notice addressed to them, and unread, can be marked. */
    @Transactional
    public void markRead(long transferId, CurrentUser user) {
        int marked = jdbc.sql("UPDATE case_transfer_notice SET read_at = :at WHERE transfer_id = :id AND user_id = :user AND read_at IS NULL")
                .param("at", Timestamp.from(Instant.now(clock))).param("id", transferId).param("user", user.id()).update();
        if (marked == 0) {
            throw new NotFoundException("There is no unread transfer notice " + transferId + " for you");
        }
    }
}
