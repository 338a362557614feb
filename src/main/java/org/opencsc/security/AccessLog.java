package org.opencsc.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    /**
     * SEARCH rows name no one person: their query and the records they listed say what was seen.
     * DENIED names the person when the refusal was about their record, and no one when it was a
     * refusal by role or by a URL rule. AUDIT is a reading of this log: of one record's entries
     * (naming the record) or of one user's.
     */
    public enum Action { VIEW, DENIED, SEARCH, AUDIT }

    /** CLI: a command run on the server (the census command line), logged as "cli:" and the system user. */
    public enum Channel { WEB, API, CLI }

    /**
     * One line of the log. For a search: what was searched for, and whether the record asked
     * about was listed (in full or without details) or matched without being shown (restricted).
     * The API token the request was made with, if any, by number and purpose.
     */
    public record Entry(Instant at, String username, String displayName, Action action, Channel channel, String path,
                        Long personId, String searchTerms, boolean matchedNotShown, Long tokenId, String tokenPurpose) {
    }

    /** Request attribute: this request has already written its refusal (about a person), so it is not written again. */
    private static final String REFUSAL_WRITTEN = AccessLog.class.getName() + ".refusalWritten";

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
     * A search, with what was asked (query terms are personal data too: they are kept for an
     * investigation, and the administrator's page withholds them), the records it listed to the
     * user in any form, and the restricted records it matched but did not show.
     */
    public void recordSearch(String username, Channel channel, String path, String terms, Collection<Long> listed,
                             Collection<Long> unseen) {
        write(username, null, Action.SEARCH, channel, path, terms, listed, unseen);
    }

    /**
     * A refusal (403) as it is answered, wherever it was decided: by a URL rule, a role check in a
     * service, a stale form. Written once per request: a refusal about one record was logged with
     * that record where it was decided, and is not written again without it. Nothing is written
     * for a caller who is not signed in (there is nobody to name; they are asked to sign in).
     */
    public void recordRefusal(HttpServletRequest request, Channel channel) {
        if (request.getAttribute(REFUSAL_WRITTEN) != null) {
            return;
        }
        String username = signedInUsername();
        if (username != null) {
            write(username, personNamedBy(request.getRequestURI()), Action.DENIED, channel, request.getRequestURI(), null, null, null);
        }
    }

    /** A person's address (page or API): /people/141/merge, /api/v1/children/12/plan. */
    private static final Pattern PERSON_PATH = Pattern.compile("^(?:/api/v1)?/(?:people|children)/(\\d{1,18})(?:/.*)?$");
    /** A referral's address, which is about its one child: /referrals/150/closure. */
    private static final Pattern REFERRAL_PATH = Pattern.compile("^(?:/api/v1)?/referrals/(\\d{1,18})(?:/.*)?$");

    /**
     * The record a refused address was about, when the refusal was decided before the record was
     * read (on role grounds): the person it names, or the child of the referral it names, if that
     * record exists. A contact's address is not followed: a contact may be about several children.
     */
    private Long personNamedBy(String path) {
        Matcher person = PERSON_PATH.matcher(path == null ? "" : path);
        if (person.matches()) {
            return jdbc.sql("SELECT id FROM person WHERE id = :id").param("id", Long.parseLong(person.group(1)))
                    .query(Long.class).optional().orElse(null);
        }
        Matcher referral = REFERRAL_PATH.matcher(path == null ? "" : path);
        if (referral.matches()) {
            return jdbc.sql("SELECT person_id FROM referral WHERE id = :id").param("id", Long.parseLong(referral.group(1)))
                    .query(Long.class).optional().orElse(null);
        }
        return null;
    }

    /** A reading of this log, with what was asked for (the address with its filters), by an administrator. */
    public void recordLogRead(String username, Long personId, String pathAndQuery) {
        write(username, personId, Action.AUDIT, Channel.WEB, pathAndQuery, null, null, null);
    }

    private static String signedInUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        CurrentUser user = CurrentUsers.of(auth);
        return user != null ? user.username() : auth.getName();
    }

    /** The API token the current request authenticated with, if any: its use is traced in every entry. */
    private static Long currentToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiAuthentication api ? api.tokenId() : null;
    }

    private static Optional<String> requestedPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest().getRequestURI()) : Optional.empty();
    }

    private static void markRefusalWritten() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(REFUSAL_WRITTEN, Boolean.TRUE);
        }
    }

    private static final String INSERT = """
            INSERT INTO access_log (username, person_id, action, channel, path, search_terms, listed, unseen, api_token_id)
            VALUES (:username, :person, :action, :channel, :path, :terms, :listed, :unseen, :token)
            """;

    /**
     * The one way into the log. Outside a transaction the insert commits by itself. Inside one it
     * runs on the transaction's connection, so it commits with the request's work; and if the
     * transaction does not commit, it is inserted again once the rollback is done, on the same
     * connection (still bound to the thread until the transaction manager cleans up after the
     * synchronizations), and committed there.
     *
     * <p>The path is the address the request asked for, whatever the caller passed (callers name
     * their feature's address, which is only a fallback for work done outside a request), so an
     * API call is logged under /api/v1 and a page under its own address. A reading of the log
     * keeps what it was given: the address with its filters.
     */
    private void write(String username, Long personId, Action action, Channel channel, String path, String terms,
                       Collection<Long> listed, Collection<Long> unseen) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("username", username);
        params.put("person", personId);
        params.put("action", action.name());
        params.put("channel", channel.name());
        params.put("path", action == Action.AUDIT ? path : requestedPath().orElse(path));
        params.put("terms", terms);
        params.put("listed", listed == null ? null : listed.toArray(Long[]::new));
        params.put("unseen", unseen == null ? null : unseen.toArray(Long[]::new));
        params.put("token", currentToken());
        if (action == Action.DENIED) {
            markRefusalWritten();
        }
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

    /**
     * What an administrator asks of the log: one record's entries (its views and refusals, and the
     * searches that listed or matched it), one user's, or both; optionally between two London dates.
     */
    public record Filter(Long personId, String username, Instant from, Instant before) {

        public boolean empty() {
            return personId == null && username == null;
        }
    }

    /** Newest first, one page of the entries the filter asks for. */
    public List<Entry> find(Filter filter, int offset, int limit) {
        return where(filter, jdbc.sql("""
                        SELECT l.at, l.username, coalesce(u.display_name, l.username) AS display_name,
                               l.action, l.channel, l.path, l.person_id, l.search_terms, l.api_token_id, t.purpose,
                               coalesce(l.unseen @> ARRAY[CAST(:person AS bigint)], false) AS matched_not_shown
                        FROM access_log l LEFT JOIN app_user u ON u.username = l.username
                        LEFT JOIN api_token t ON t.id = l.api_token_id
                        """ + WHERE + " ORDER BY l.at DESC, l.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("display_name"), Action.valueOf(rs.getString("action")),
                        Channel.valueOf(rs.getString("channel")), rs.getString("path"), (Long) rs.getObject("person_id"),
                        rs.getString("search_terms"), rs.getBoolean("matched_not_shown"), (Long) rs.getObject("api_token_id"),
                        rs.getString("purpose")))
                .list();
    }

    /** How many entries the filter matches, so a page can say how many it does not show. */
    public long count(Filter filter) {
        return where(filter, jdbc.sql("SELECT count(*) FROM access_log l " + WHERE)).query(Long.class).single();
    }

    private static final String WHERE = """
            WHERE (CAST(:person AS bigint) IS NULL OR l.person_id = :person
                   OR l.listed @> ARRAY[CAST(:person AS bigint)] OR l.unseen @> ARRAY[CAST(:person AS bigint)])
              AND (CAST(:username AS text) IS NULL OR lower(l.username) = lower(:username))
              AND (CAST(:from AS timestamptz) IS NULL OR l.at >= :from)
              AND (CAST(:before AS timestamptz) IS NULL OR l.at < :before)
            """;

    private static JdbcClient.StatementSpec where(Filter filter, JdbcClient.StatementSpec sql) {
        if (filter.empty()) {
            throw new IllegalArgumentException("Ask for a record's or a user's entries: the whole log is too long to list");
        }
        return sql.param("person", filter.personId()).param("username", filter.username())
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("before", filter.before() == null ? null : Timestamp.from(filter.before()));
    }
}
