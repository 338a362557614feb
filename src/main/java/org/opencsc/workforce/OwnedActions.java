package org.opencsc.workforce;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Actions a manager gives with an owner and a date (in management oversight, supervision, the
 * decision log): each is due work for its owner, on their "My work" whoever holds the child, and
 * on the child's team's "Team work" for their manager, until the owner marks it done. One table
 * of actions per feature; the feature contributes a subclass naming its table ({@code kind} is the
 * path segment of /actions/{kind}/{id}/done). An action with no owner_id (a free-text owner, from
 * before owners were chosen from the staff) is nobody's to mark done, so it is no one's due work.
 */
public class OwnedActions implements DueWorkSource {

    /** An action marked done: by whom, and when. */
    public record Done(String kind, long id, Instant doneAt, String doneBy) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String kind;
    private final String label;
    private final String table;
    private final String from;
    private final String person;
    private final String href;

    /**
     * @param table  the actions' table, with columns id, action, owner, owner_id, due_on, done_at, done_by
     * @param joins  SQL joining the table (aliased {@code a}) to where the child is recorded
     * @param person the SQL for the child's person id
     * @param href   the SQL for the page where the owner reads what the action came from
     */
    protected OwnedActions(JdbcClient jdbc, Clock clock, String kind, String label, String table, String joins, String person,
                           String href) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kind = kind;
        this.label = label;
        this.table = table;
        this.from = table + " a " + joins;
        this.person = person;
        this.href = href;
    }

    public String kind() {
        return kind;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return open(person + " = ANY(:key::bigint[])", personIds.toArray(Long[]::new));
    }

    @Override
    public List<DueItem> dueTo(CurrentUser user) {
        return open("a.owner_id = :key", user.id());
    }

    /** The open actions any of these users own: a team's, for its manager. */
    @Override
    public List<DueItem> dueToAnyOf(Collection<Long> userIds) {
        return open("a.owner_id = ANY(:key::bigint[])", userIds.toArray(Long[]::new));
    }

    private List<DueItem> open(String where, Object key) {
        return jdbc.sql("SELECT a.id, a.action, a.owner, a.owner_id, a.due_on, " + person + " AS person_id, " + href + " AS href"
                        + " FROM " + from + " WHERE a.owner_id IS NOT NULL AND a.done_at IS NULL AND " + where)
                .param("key", key)
                .query((rs, n) -> DueItem.forUser(rs.getLong("owner_id"), rs.getLong("person_id"),
                        label + " for " + rs.getString("owner") + ": " + rs.getString("action"), rs.getDate("due_on").toLocalDate(),
                        rs.getString("href"), "/actions/" + kind + "/" + rs.getLong("id") + "/done"))
                .list();
    }

    /**
     * Marks the action done: only its owner may (404 when there is no such action, 403 for anyone
     * else, 409 when it is done already). One statement, so two clicks cannot both mark it.
     */
    public Done markDone(long id, CurrentUser user) {
        Instant now = Instant.now(clock);
        int marked = jdbc.sql("UPDATE " + table + " SET done_at = :now, done_by = :by WHERE id = :id AND owner_id = :me AND done_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", user.displayName()).param("id", id).param("me", user.id())
                .update();
        if (marked == 1) {
            return new Done(kind, id, now, user.displayName());
        }
        record Row(Long ownerId, String owner, Timestamp doneAt, String doneBy) {
        }
        Row row = jdbc.sql("SELECT owner_id, owner, done_at, done_by FROM " + table + " WHERE id = :id").param("id", id)
                .query((rs, n) -> new Row((Long) rs.getObject("owner_id"), rs.getString("owner"), rs.getTimestamp("done_at"),
                        rs.getString("done_by")))
                .optional().orElseThrow(() -> new NotFoundException("There is no " + label.toLowerCase() + " " + id));
        if (row.ownerId() == null || row.ownerId() != user.id()) {
            // Not naming the owner: the one refused may not open the child's record (or a supervision it was set in).
            throw new RecordAccessDeniedException("Only the action’s owner marks it done");
        }
        throw new ConflictException("This action was marked done on " + Dates.govuk(LondonTime.dateOf(row.doneAt().toInstant())) + " by " + row.doneBy());
    }
}
