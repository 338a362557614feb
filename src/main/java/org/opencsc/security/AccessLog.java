package org.opencsc.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of who looked at which record (the table refuses updates and deletes),
 * and of every search with what it listed: a search shows who is on the system, so it is as
 * much a look at those records as opening one.
 */
@Repository
public class AccessLog {

    /** SEARCH rows name no one person: their query and the records they listed say what was seen. */
    public enum Action { VIEW, DENIED, SEARCH }

    public enum Channel { WEB, API }

    /**
     * One line of a record's log. For a search: what was searched for, and whether the record
     * was listed (in full or without details) or matched without being shown (restricted).
     */
    public record Entry(Instant at, String username, String displayName, Action action, Channel channel, String path,
                        String searchTerms, boolean matchedNotShown) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written in its own transaction so a refused request, rolled back, still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, long personId, Action action, Channel channel, String path) {
        write(username, personId, action, channel, path, null, null, null);
    }

    /**
     * Views of people whose part of another record was shown in full (an entry shared with a
     * sibling on this child's chronology): the sibling's log says their content was read too.
     */
    public void recordViews(String username, Collection<Long> personIds, Channel channel, String path) {
        for (long personId : personIds.stream().distinct().toList()) {
            write(username, personId, Action.VIEW, channel, path, null, null, null);
        }
    }

    /**
     * A search, with what was asked (query terms are personal data too: only administrators read
     * this log), the records it listed to the user in any form, and the restricted records it
     * matched but did not show.
     */
    public void recordSearch(String username, Channel channel, String path, String terms, Collection<Long> listed,
                             Collection<Long> unseen) {
        write(username, null, Action.SEARCH, channel, path, terms, listed, unseen);
    }

    private void write(String username, Long personId, Action action, Channel channel, String path, String terms,
                       Collection<Long> listed, Collection<Long> unseen) {
        jdbc.sql("""
                        INSERT INTO access_log (username, person_id, action, channel, path, search_terms, listed, unseen)
                        VALUES (:username, :person, :action, :channel, :path, :terms, :listed, :unseen)
                        """)
                .param("username", username).param("person", personId).param("action", action.name())
                .param("channel", channel.name()).param("path", path).param("terms", terms)
                .param("listed", listed == null ? null : listed.toArray(Long[]::new))
                .param("unseen", unseen == null ? null : unseen.toArray(Long[]::new))
                .update();
    }

    /** Newest first: the record's views and refusals, and the searches that listed or matched it. */
    public List<Entry> forPerson(long personId, int limit) {
        return jdbc.sql("""
                        SELECT l.at, l.username, coalesce(u.display_name, l.username) AS display_name,
                               l.action, l.channel, l.path, l.search_terms,
                               coalesce(l.unseen @> ARRAY[CAST(:person AS bigint)], false) AS matched_not_shown
                        FROM access_log l LEFT JOIN app_user u ON u.username = l.username
                        WHERE l.person_id = :person
                           OR l.listed @> ARRAY[CAST(:person AS bigint)] OR l.unseen @> ARRAY[CAST(:person AS bigint)]
                        ORDER BY l.at DESC, l.id DESC LIMIT :limit
                        """)
                .param("person", personId).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("display_name"), Action.valueOf(rs.getString("action")),
                        Channel.valueOf(rs.getString("channel")), rs.getString("path"), rs.getString("search_terms"),
                        rs.getBoolean("matched_not_shown")))
                .list();
    }
}
