package org.opencsc.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.AttentionItem;
import org.opencsc.workforce.AttentionSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a duplicate check matches a restricted record the user may not see, the user is told
 * only that a record they cannot see may be this person, and the record's managers are told
 * who was adding whom: they decide whether it is the same child, without the restriction
 * being broken to find out. The alert is for the managers named on the record (any named user
 * when no named manager is active), on their home page, until one of them marks it checked.
 */
@Service
public class RestrictedMatchAlerts implements AttentionSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    RestrictedMatchAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One open alert per record and user: checking the same details twice does not tell the managers twice. */
    void raise(long personId, CurrentUser by, String searchedFor) {
        jdbc.sql("""
                        INSERT INTO restricted_match_alert (person_id, raised_at, raised_by, searched_for)
                        SELECT :person, :at, :by, :searched
                        WHERE NOT EXISTS (SELECT 1 FROM restricted_match_alert a
                                          WHERE a.person_id = :person AND a.raised_by = :by AND a.checked_at IS NULL)
                        """)
                .param("person", personId).param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by.username()).param("searched", searchedFor)
                .update();
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        return jdbc.sql("""
                        SELECT a.id, a.person_id, a.raised_at, a.searched_for,
                               coalesce(u.display_name, a.raised_by) || ' (' || a.raised_by || ')' AS raised_by,
                               coalesce(p.given_name || ' ', '') || p.family_name AS name
                        FROM restricted_match_alert a
                        JOIN person p ON p.id = a.person_id AND p.restricted
                        JOIN restricted_access mine ON mine.person_id = a.person_id AND mine.user_id = :user
                        LEFT JOIN app_user u ON u.username = a.raised_by
                        WHERE a.checked_at IS NULL
                          AND (:manager OR NOT EXISTS (
                                SELECT 1 FROM restricted_access ra JOIN app_user m ON m.id = ra.user_id
                                WHERE ra.person_id = a.person_id AND m.active AND m.role IN ('TEAM_MANAGER', 'DUTY_MANAGER')))
                        ORDER BY a.raised_at, a.id
                        """)
                .param("user", user.id()).param("manager", user.role().isManager())
                .query((rs, n) -> new AttentionItem(
                        "Possible duplicate of this restricted record: " + rs.getString("raised_by") + " was adding "
                                + rs.getString("searched_for") + ". Check whether it is the same person.",
                        rs.getLong("person_id"), rs.getString("name"), rs.getTimestamp("raised_at").toInstant(), null,
                        "/restricted-match-alerts/" + rs.getLong("id") + "/checked"))
                .list();
    }

    /** A manager (or named user) it was for has looked into it. */
    @Transactional
    public void markChecked(long alertId, CurrentUser user) {
        String path = "/restricted-match-alerts/" + alertId + "/checked";
        if (itemsFor(user).stream().noneMatch(i -> i.doneAction().equals(path))) {
            throw new NotFoundException("There is no open alert " + alertId + " for you");
        }
        jdbc.sql("UPDATE restricted_match_alert SET checked_at = :at, checked_by = :by WHERE id = :id AND checked_at IS NULL")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", user.username()).param("id", alertId).update();
    }
}
