package org.opencsc.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only log of who looked at which record (the table refuses updates and deletes),
 * and of every search with what it listed: a search shows who is on the system, so it is as
 * much a look at those records as opening one.
 *
 * <p>An entry must outlive the request's transaction: a refusal throws, so its transaction
 * always rolls back. It must not take a connection of its own either: a request that holds a
 * pooled connection while waiting for another is how a few concurrent users emptied the pool and
 * froze the application. So every entry goes through {@link #write}, on the request's one
 * connection.
 */
@Repository
public class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

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
    private final DataSource dataSource;

    AccessLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Kept even when the request's transaction rolls back. */
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

    private static final String INSERT = """
            INSERT INTO access_log (username, person_id, action, channel, path, search_terms, listed, unseen)
            VALUES (:username, :person, :action, :channel, :path, :terms, :listed, :unseen)
            """;

    /**
     * The one way into the log. Outside a transaction the insert commits by itself. Inside one it
     * runs on the transaction's connection, so it commits with the request's work; and if the
     * transaction does not commit, it is inserted again once the rollback is done, on the same
     * connection (still bound to the thread until the transaction manager cleans up after the
     * synchronizations), and committed there.
     */
    private void write(String username, Long personId, Action action, Channel channel, String path, String terms,
                       Collection<Long> listed, Collection<Long> unseen) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("username", username);
        params.put("person", personId);
        params.put("action", action.name());
        params.put("channel", channel.name());
        params.put("path", path);
        params.put("terms", terms);
        params.put("listed", listed == null ? null : listed.toArray(Long[]::new));
        params.put("unseen", unseen == null ? null : unseen.toArray(Long[]::new));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // Registered before the insert, so an insert that fails and rolls the transaction back is still retried.
            TransactionSynchronizationManager.registerSynchronization(new KeepIfNotCommitted(params));
        }
        jdbc.sql(INSERT).params(params).update();
    }

    /**
     * After a rollback Spring runs the synchronizations' afterCompletion and only then releases the
     * connection: data access there uses the finished transaction's connection with no commit
     * to follow (TransactionSynchronization#afterCompletion), so the entry is committed here.
     * An unknown outcome (a failed commit) is written again too: a duplicate entry is better than
     * a missing one.
     */
    private final class KeepIfNotCommitted implements TransactionSynchronization {

        private final Map<String, Object> params;

        KeepIfNotCommitted(Map<String, Object> params) {
            this.params = params;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                return;
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                jdbc.sql(INSERT).params(params).update();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                log.error("An access log entry of a rolled-back request could not be kept: {}", params, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
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
