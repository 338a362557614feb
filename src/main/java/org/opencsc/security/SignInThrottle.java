package org.opencsc.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
 * A locked sign-in is refused before the password is checked (so it costs no bcrypt either).
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountFailures;
    private final Duration accountLock;
    private final int addressFailures;
    private final Duration addressWindow;
    private final Duration addressLock;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${opencsc.sign-in.account-failures:10}") int accountFailures,
                   @Value("${opencsc.sign-in.account-lock:30m}") Duration accountLock,
                   @Value("${opencsc.sign-in.address-failures:50}") int addressFailures,
                   @Value("${opencsc.sign-in.address-window:15m}") Duration addressWindow,
                   @Value("${opencsc.sign-in.address-lock:15m}") Duration addressLock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.accountLock = accountLock;
        this.addressFailures = addressFailures;
        this.addressWindow = addressWindow;
        this.addressLock = addressLock;
    }

    /**
     * Where a username and address stand before their password is checked: locked until when (if
     * locked now), and whether the username has failures counted that a success must clear.
     */
    public record Standing(Instant lockedUntil, boolean accountHasFailures) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    public Standing standing(String username, String address) {
        Instant now = Instant.now(clock);
        Instant[] lockedUntil = {null};
        boolean[] accountCounted = {false};
        jdbc.sql("""
                        SELECT kind, locked_until FROM sign_in_throttle
                        WHERE (kind = 'ACCOUNT' AND key = :account) OR (kind = 'ADDRESS' AND key = :address)
                        """)
                .param("account", accountKey(username)).param("address", key(address))
                .query(rs -> {
                    accountCounted[0] |= Kind.ACCOUNT.name().equals(rs.getString("kind"));
                    Timestamp until = rs.getTimestamp("locked_until");
                    if (until != null && until.toInstant().isAfter(now)
                            && (lockedUntil[0] == null || until.toInstant().isAfter(lockedUntil[0]))) {
                        lockedUntil[0] = until.toInstant();
                    }
                });
        return new Standing(lockedUntil[0], accountCounted[0]);
    }

    /** A wrong password (or an account that may not sign in): counted against the username and the address. */
    public void failed(String username, String address, AccessLog.Channel channel, Reason reason) {
        Instant now = Instant.now(clock);
        log(now, username, address, channel, reason);
        // A username is counted until a success; an address within a sliding window.
        Instant account = count(Kind.ACCOUNT, accountKey(username), now, Instant.EPOCH, accountFailures, accountLock);
        Instant addressLocked = count(Kind.ADDRESS, key(address), now, now.minus(addressWindow), addressFailures, addressLock);
        if (account != null) {
            log.warn("Sign-in locked for username '{}' until {} after repeated failures", key(username), account);
        }
        if (addressLocked != null) {
            log.warn("Sign-in locked for address {} until {} after repeated failures", key(address), addressLocked);
        }
    }

    /** A sign-in tried while locked: logged, but not counted, so trying again does not lengthen the lock. */
    public void refused(String username, String address, AccessLog.Channel channel) {
        log(Instant.now(clock), username, address, channel, Reason.LOCKED);
    }

    /** A correct password: the username's count starts again (the address's does not: a sprayer may own one account). */
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND key = :key").param("key", accountKey(username)).update();
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
