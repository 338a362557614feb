package org.opencsc.security;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only log of who looked at which record (the table refuses updates and deletes). */
@Repository
public class AccessLog {

    public enum Action { VIEW, DENIED }

    public enum Channel { WEB, API }

    public record Entry(Instant at, String username, String displayName, Action action, Channel channel, String path) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written in its own transaction so a refused request, rolled back, still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, long personId, Action action, Channel channel, String path) {
        jdbc.sql("INSERT INTO access_log (username, person_id, action, channel, path) VALUES (?, ?, ?, ?, ?)")
                .params(username, personId, action.name(), channel.name(), path)
                .update();
    }

    public List<Entry> forPerson(long personId, int limit) {
        return jdbc.sql("""
                        SELECT l.at, l.username, coalesce(u.display_name, l.username) AS display_name,
                               l.action, l.channel, l.path
                        FROM access_log l LEFT JOIN app_user u ON u.username = l.username
                        WHERE l.person_id = :person ORDER BY l.at DESC, l.id DESC LIMIT :limit
                        """)
                .param("person", personId).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("display_name"), Action.valueOf(rs.getString("action")),
                        Channel.valueOf(rs.getString("channel")), rs.getString("path")))
                .list();
    }
}
