package org.opencsc.person;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricting a record (a staff member's child, a high-profile case): only the users named
 * may open it. The manager who restricts it and the allocated worker are always named, so it
 * is never locked away from everyone, nor from the child's own worker.
 */
@Service
public class RecordRestriction {

    public record NamedUser(long id, String displayName, String username) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final EventLog events;
    private final Clock clock;

    RecordRestriction(JdbcClient jdbc, AccessPolicy access, EventLog events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public List<NamedUser> namedUsers(long personId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.username FROM restricted_access r JOIN app_user u ON u.id = r.user_id
                        WHERE r.person_id = :id ORDER BY u.display_name
                        """)
                .param("id", personId)
                .query((rs, n) -> new NamedUser(rs.getLong("id"), rs.getString("display_name"), rs.getString("username")))
                .list();
    }

    /**
     * A child allocated while their record is restricted is allocated by someone named on it;
     * the worker they choose is named too, as at restricting, or the case would be theirs to
     * hold but not to open.
     */
    public void nameAllocatedWorker(long personId, long workerId, CurrentUser by) {
        int added = jdbc.sql("""
                        INSERT INTO restricted_access (person_id, user_id, granted_by)
                        SELECT p.id, :worker, :by FROM person p WHERE p.id = :person AND p.restricted
                        ON CONFLICT DO NOTHING
                        """)
                .param("person", personId).param("worker", workerId).param("by", by.username()).update();
        if (added > 0) {
            String worker = jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").params(workerId).query(String.class).single();
            events.append(NewEvent.of(EventType.RESTRICTION_CHANGED, Instant.now(clock), by.displayName(),
                    worker + " named on the restricted record as the allocated worker", null, List.of(personId)));
        }
    }

    @Transactional
    public void restrict(long personId, List<String> usernames, String reason, CurrentUser user) {
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Only a manager can restrict a record");
        }
        access.checkCanRecord(user, personId, AccessLog.Channel.WEB, "/people/" + personId + "/restriction");
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Enter why this record needs to be restricted");
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(user.username());
        // The worker holding the case keeps it: restricting must not take a child away from their own social worker.
        names.addAll(jdbc.sql("""
                        SELECT u.username FROM allocation a JOIN app_user u ON u.id = a.worker_id
                        WHERE a.person_id = :id AND a.end_date IS NULL
                        """).param("id", personId).query(String.class).list());
        usernames.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        for (String name : names) {
            int added = jdbc.sql("""
                            INSERT INTO restricted_access (person_id, user_id, granted_by)
                            SELECT :person, id, :by FROM app_user WHERE lower(username) = lower(:name)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("person", personId).param("by", user.username()).param("name", name).update();
            boolean known = jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:name)")
                    .param("name", name).query(Long.class).single() > 0;
            if (added == 0 && !known) {
                throw new ValidationException("usernames", "There is no user called " + name);
            }
        }
        jdbc.sql("UPDATE person SET restricted = true, version = version + 1 WHERE id = :id").param("id", personId).update();
        events.append(NewEvent.of(EventType.RESTRICTION_CHANGED, Instant.now(clock), user.displayName(),
                "Record restricted to named users: " + String.join(", ", names), "Reason: " + reason.trim(),
                List.of(personId)));
    }
}
