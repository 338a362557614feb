package org.opencsc.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing to a crawl, for the sign-in form and HTTP Basic alike.
 * <ul>
 * <li><b>Per username:</b> 10 failed sign-ins in a row (a success resets the count) lock that
 *     username for 30 minutes; after that, each further failure before a success locks it for
 *     another 30 minutes. Ten is the NCSC's suggested allowance: enough for a person who has
 *     forgotten which password they set, far too few to guess one (at most about 60 guesses a
 *     day at the sustained rate). 30 minutes bounds what a stranger can do to a worker by
 *     locking them out on purpose; an administrator can unlock sooner.</li>
 * <li><b>Per network address:</b> 50 failures within 15 minutes from one address lock it for 15
 *     minutes, whatever usernames were tried: this stops one machine trying a common password
 *     against every account (password spraying), which the per-username count would not see. 50
 *     leaves room for an office whose staff share one address.</li>
 * </ul>
 * A locked sign-in is refused before the password is checked (so it costs no bcrypt either), and
 * checks under way count as failures until they end, so parallel guesses get no more checks than
 * one at a time would ({@link #admit}).
 * Usernames that are not accounts are counted and locked the same way, so a lock says nothing
 * about whether a username exists. All times come from the injected Clock.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Longest username or address kept: anything longer is not a real one, and is cut. */
    private static final int MAX_KEY = 200;

    public enum Kind { ACCOUNT, ADDRESS }

    public enum Reason { BAD_CREDENTIALS, NOT_ACTIVE, LOCKED }

    public record Lock(Kind kind, String key, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    public record Failure(Instant at, String username, String address, AccessLog.Channel channel, Reason reason) {
    }

    /**
     * A check under way longer than this was abandoned (its server stopped mid-check): a bcrypt
     * check takes well under a second, and a forgotten attempt must not hold back the count.
     */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int accountFailures;
    private final Duration accountLock;
    private final int addressFailures;
    private final Duration addressWindow;
    private final Duration addressLock;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
                   @Value("${opencsc.sign-in.account-failures:10}") int accountFailures,
                   @Value("${opencsc.sign-in.account-lock:30m}") Duration accountLock,
                   @Value("${opencsc.sign-in.address-failures:50}") int addressFailures,
                   @Value("${opencsc.sign-in.address-window:15m}") Duration addressWindow,
                   @Value("${opencsc.sign-in.address-lock:15m}") Duration addressLock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.accountLock = accountLock;
        this.addressFailures = addressFailures;
        this.addressWindow = addressWindow;
        this.addressLock = addressLock;
    }

    /** A password check the throttle let through, until it ends: {@link #failed}, {@link #succeeded} or {@link #abandoned}. */
    public record Attempt(long id, String username, String address, AccessLog.Channel channel) {
    }

    /**
     * Lets a password check go ahead, or refuses it (logged as LOCKED) with when to try again.
     * Every check under way counts as a failure until it ends, so however many guesses arrive at
     * once, no more than the allowance are ever checked: 10 per username (one at a time once a
     * lock has ended), 50 per address in the window. The decision and the record of the attempt
     * are one short transaction that waits its turn per username and per address (a PostgreSQL
     * advisory lock); no password is checked inside it, so it holds its connection for a few
     * milliseconds only.
     */
    public Attempt admit(String username, String address, AccessLog.Channel channel) {
        Instant now = Instant.now(clock);
        String account = accountKey(username);
        String from = key(address);
        Object decided = transactions.execute(status -> {
            // Always the username before the address, so two attempts never wait on each other.
            jdbc.sql("SELECT pg_advisory_xact_lock(1, hashtext(:key))").param("key", account).query().singleRow();
            jdbc.sql("SELECT pg_advisory_xact_lock(2, hashtext(:key))").param("key", from).query().singleRow();
            Timestamp fresh = Timestamp.from(now.minus(ABANDONED_AFTER));
            jdbc.sql("DELETE FROM sign_in_attempt WHERE started_at <= :fresh AND (account_key = :account OR address = :address)")
                    .param("fresh", fresh).param("account", account).param("address", from).update();
            // One statement, so it reads one moment: a failure leaves the attempts and joins the count together.
            Map<String, Object> state = jdbc.sql("""
                            SELECT (SELECT failures FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND key = :account) AS account_failures,
                                   (SELECT locked_until FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND key = :account) AS account_until,
                                   (SELECT CASE WHEN window_started_at >= :windowStart THEN failures ELSE 0 END
                                      FROM sign_in_throttle WHERE kind = 'ADDRESS' AND key = :address) AS address_failures,
                                   (SELECT locked_until FROM sign_in_throttle WHERE kind = 'ADDRESS' AND key = :address) AS address_until,
                                   (SELECT count(*) FROM sign_in_attempt WHERE account_key = :account AND started_at > :fresh) AS account_running,
                                   (SELECT count(*) FROM sign_in_attempt WHERE address = :address AND started_at > :fresh) AS address_running
                            """)
                    .param("account", account).param("address", from).param("fresh", fresh)
                    .param("windowStart", Timestamp.from(now.minus(addressWindow)))
                    .query().singleRow();
            Instant lockedUntil = later(now, (Timestamp) state.get("account_until"), (Timestamp) state.get("address_until"));
            if (lockedUntil != null) {
                return lockedUntil;
            }
            if (!room(accountFailures, state.get("account_failures"), state.get("account_running"))) {
                return now.plus(accountLock);
            }
            if (!room(addressFailures, state.get("address_failures"), state.get("address_running"))) {
                return now.plus(addressLock);
            }
            return jdbc.sql("INSERT INTO sign_in_attempt (account_key, address, started_at) VALUES (:account, :address, :now) RETURNING id")
                    .param("account", account).param("address", from).param("now", Timestamp.from(now))
                    .query(Long.class).single();
        });
        if (decided instanceof Instant until) {
            refused(username, address, channel);
            throw new SignInLockedException(until);
        }
        return new Attempt((Long) decided, username, address, channel);
    }

    /**
     * Whether one more check fits: the allowance less the failures counted, and less the checks
     * under way; once a lock has ended (the failures reached the allowance), one at a time, so
     * that its failure locks again before another is checked.
     */
    private static boolean room(int allowance, Object failures, Object running) {
        int failed = failures == null ? 0 : ((Number) failures).intValue();
        long underWay = ((Number) running).longValue();
        return underWay + 1 <= Math.max(allowance - failed, 1);
    }

    private static Instant later(Instant now, Timestamp... untils) {
        Instant latest = null;
        for (Timestamp until : untils) {
            if (until != null && until.toInstant().isAfter(now) && (latest == null || until.toInstant().isAfter(latest))) {
                latest = until.toInstant();
            }
        }
        return latest;
    }

    /** A wrong password (or an account that may not sign in): counted against the username and the address. */
    public void failed(Attempt attempt, Reason reason) {
        Instant now = Instant.now(clock);
        String username = attempt.username();
        String address = attempt.address();
        Instant[] locked = transactions.execute(status -> {
            jdbc.sql("DELETE FROM sign_in_attempt WHERE id = :id").param("id", attempt.id()).update();
            log(now, username, address, attempt.channel(), reason);
            // A username is counted until a success; an address within a sliding window.
            return new Instant[] {
                    count(Kind.ACCOUNT, accountKey(username), now, Instant.EPOCH, accountFailures, accountLock),
                    count(Kind.ADDRESS, key(address), now, now.minus(addressWindow), addressFailures, addressLock)};
        });
        if (locked[0] != null) {
            log.warn("Sign-in locked for username '{}' until {} after repeated failures", key(username), locked[0]);
        }
        if (locked[1] != null) {
            log.warn("Sign-in locked for address {} until {} after repeated failures", key(address), locked[1]);
        }
    }

    /** A correct password: the username's count starts again (the address's does not: a sprayer may own one account). */
    public void succeeded(Attempt attempt) {
        jdbc.sql("""
                        WITH ended AS (DELETE FROM sign_in_attempt WHERE id = :id)
                        DELETE FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND key = :key
                        """)
                .param("id", attempt.id()).param("key", accountKey(attempt.username())).update();
    }

    /** A check that ended without an answer (the database failed, say): it no longer counts. */
    public void abandoned(Attempt attempt) {
        jdbc.sql("DELETE FROM sign_in_attempt WHERE id = :id").param("id", attempt.id()).update();
    }

    /** A sign-in tried while locked: logged, but not counted, so trying again does not lengthen the lock. */
    public void refused(String username, String address, AccessLog.Channel channel) {
        log(Instant.now(clock), username, address, channel, Reason.LOCKED);
    }

    /** An administrator lifts a lock (and its count) before it ends; the unlock is kept. */
    public boolean unlock(Kind kind, String key, String administrator) {
        int removed = jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = :kind AND key = :key")
                .param("kind", kind.name()).param("key", key).update();
        if (removed > 0) {
            jdbc.sql("INSERT INTO sign_in_unlock (at, kind, key, unlocked_by) VALUES (?, ?, ?, ?)")
                    .params(Timestamp.from(Instant.now(clock)), kind.name(), key, administrator).update();
            log.warn("Sign-in unlocked for {} '{}' by {}", kind.name().toLowerCase(Locale.ROOT), key(key), administrator);
        }
        return removed > 0;
    }

    /** Locks in force now, newest first. */
    public List<Lock> locks() {
        return jdbc.sql("""
                        SELECT kind, key, failures, last_failure_at, locked_until FROM sign_in_throttle
                        WHERE locked_until > :now ORDER BY locked_until DESC
                        """)
                .param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> new Lock(Kind.valueOf(rs.getString("kind")), rs.getString("key"), rs.getInt("failures"),
                        rs.getTimestamp("last_failure_at").toInstant(), rs.getTimestamp("locked_until").toInstant()))
                .list();
    }

    /** The lock on one username now, if any (the administrator's user page). */
    public Optional<Lock> accountLock(String username) {
        return locks().stream().filter(l -> l.kind() == Kind.ACCOUNT && l.key().equals(accountKey(username))).findFirst();
    }

    public List<Failure> recentFailures(int limit) {
        return jdbc.sql("SELECT at, username, address, channel, reason FROM sign_in_failure ORDER BY at DESC, id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new Failure(rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("address"),
                        AccessLog.Channel.valueOf(rs.getString("channel")), Reason.valueOf(rs.getString("reason"))))
                .list();
    }

    /** Adds one failure; returns the lock's end when this failure locks the key, else null. */
    private Instant count(Kind kind, String key, Instant now, Instant windowStart, int limit, Duration lock) {
        Timestamp lockedUntil = jdbc.sql("""
                        INSERT INTO sign_in_throttle AS t (kind, key, failures, window_started_at, last_failure_at, locked_until)
                        VALUES (:kind, :key, 1, :now, :now, CASE WHEN 1 >= :limit THEN CAST(:until AS timestamptz) END)
                        ON CONFLICT (kind, key) DO UPDATE SET
                            failures = CASE WHEN t.window_started_at < :windowStart THEN 1 ELSE t.failures + 1 END,
                            window_started_at = CASE WHEN t.window_started_at < :windowStart THEN :now ELSE t.window_started_at END,
                            last_failure_at = :now,
                            locked_until = CASE
                                WHEN (CASE WHEN t.window_started_at < :windowStart THEN 1 ELSE t.failures + 1 END) >= :limit
                                THEN CAST(:until AS timestamptz) ELSE t.locked_until END
                        RETURNING CASE WHEN t.locked_until = CAST(:until AS timestamptz) THEN t.locked_until END
                        """)
                .param("kind", kind.name()).param("key", key).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart)).param("limit", limit)
                .param("until", Timestamp.from(now.plus(lock)))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    private void log(Instant now, String username, String address, AccessLog.Channel channel, Reason reason) {
        jdbc.sql("INSERT INTO sign_in_failure (at, username, address, channel, reason) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(now), key(username), key(address), channel.name(), reason.name()).update();
        log.info("Failed sign-in ({}) for username '{}' from {} over {}", reason.name().toLowerCase(Locale.ROOT),
                key(username), key(address), channel);
    }

    static String accountKey(String username) {
        return key(username).toLowerCase(Locale.ROOT);
    }

    /**
     * Typed text as kept and logged: no control characters (PostgreSQL refuses a NUL, and a line
     * break could forge a log line), and no longer than any real username or address.
     */
    private static String key(String s) {
        String k = s == null ? "" : s.strip().replaceAll("\\p{Cntrl}", "?");
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }
}
