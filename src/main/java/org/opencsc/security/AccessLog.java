package org.opencsc.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
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
 * The append-only log of who looked at which record (the table refuses updates and deletes).
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

    public enum Action { VIEW, DENIED }

    public enum Channel { WEB, API }

    public record Entry(Instant at, String username, String displayName, Action action, Channel channel, String path) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    AccessLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Kept even when the request's transaction rolls back. */
    public void record(String username, long personId, Action action, Channel channel, String path) {
        write("INSERT INTO access_log (username, person_id, action, channel, path) VALUES (?, ?, ?, ?, ?)",
                username, personId, action.name(), channel.name(), path);
    }

    /**
     * The one way into the log. Outside a transaction the insert commits by itself. Inside one it
     * runs on the transaction's connection, so it commits with the request's work; and if the
     * transaction does not commit, it is inserted again once the rollback is done, on the same
     * connection (still bound to the thread until the transaction manager cleans up after the
     * synchronizations), and committed there.
     */
    private void write(String insert, Object... params) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // Registered before the insert, so an insert that fails and rolls the transaction back is still retried.
            TransactionSynchronizationManager.registerSynchronization(new KeepIfNotCommitted(insert, params));
        }
        jdbc.sql(insert).params(params).update();
    }

    /**
     * After a rollback Spring runs the synchronizations' afterCompletion and only then releases the
     * connection: data access there uses the finished transaction's connection with no commit
     * to follow (TransactionSynchronization#afterCompletion), so the entry is committed here.
     * An unknown outcome (a failed commit) is written again too: a duplicate entry is better than
     * a missing one.
     */
    private final class KeepIfNotCommitted implements TransactionSynchronization {

        private final String insert;
        private final Object[] params;

        KeepIfNotCommitted(String insert, Object[] params) {
            this.insert = insert;
            this.params = params;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                return;
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                jdbc.sql(insert).params(params).update();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                log.error("An access log entry of a rolled-back request could not be kept: {} {}", insert, Arrays.asList(params), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
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
