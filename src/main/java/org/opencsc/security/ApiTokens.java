package org.opencsc.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API tokens an administrator issues for an integration (a case-management feed, a reporting
 * warehouse). A token is 256 random bits, shown once; only its SHA-256 is stored, which is
 * enough for a secret that cannot be guessed and costs microseconds instead of bcrypt's tens of
 * milliseconds on every call.
 * <p>
 * <b>Scope.</b> A token acts as one integration account (another system's account, with the
 * role and teams the integration needs, and no password), never as a person's: a token for a
 * social worker's account would let whoever holds it read what that worker may read, restricted
 * records included, as them. It can never do more than its account can now: it is refused once
 * the account is closed or expired, and once the account no longer holds the role the token was
 * issued for (rather than quietly gaining a wider role's reach). An administrator can narrow it
 * further to read-only, which refuses every write. Every token expires (at most a year) and can
 * be revoked; who issued and revoked it, when, is kept on the token (the table refuses to change
 * it), and every request made with it is in the access log with the token's number.
 */
@Service
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    /** Marks OpenCSC's own tokens, so they are never sent to the identity provider's JWT check (and are easy to spot in a leak scan). */
    static final String PREFIX = "ocsc_";

    static final int MAX_DAYS = 365;

    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Last-used time is written at most this often per token, so busy integrations do not write on every call. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(long id, String token) {
    }

    public record Token(long id, long userId, String username, String displayName, Role role, boolean readOnly, String purpose,
                        Instant issuedAt, String issuedBy, Instant expiresAt, Instant revokedAt, String revokedBy,
                        Instant lastUsedAt) {

        public boolean usableAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AccountChecks checks;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserRepository users, AccountChecks checks, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.checks = checks;
        this.clock = clock;
    }

    /** What is wrong with a request for a token, by field (empty when it can be issued). */
    public FormErrors problems(Long userId, String purpose, Integer days) {
        FormErrors problems = new FormErrors();
        CurrentUser user = userId == null ? null : users.findById(userId).orElse(null);
        if (user == null) {
            problems.add("userId", "Choose the account the token acts as");
        } else if (!user.integration()) {
            problems.add("userId", user.displayName() + "’s account is a person’s: tokens are issued only to integration"
                    + " accounts, so no one acts through the API as a colleague. Set up an integration account for the system"
                    + " that will use the token");
        } else if (!checks.mayUse(user)) {
            problems.add("userId", user.displayName() + "’s account is closed or has expired: a token for it would not work");
        }
        if (purpose == null || purpose.isBlank()) {
            problems.add("purpose", "Enter what the token is for, such as the name of the system that will use it");
        } else if (purpose.length() > 200) {
            problems.add("purpose", "What the token is for must be 200 characters or fewer");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add("days", "Enter how many days the token lasts, a whole number from 1 to " + MAX_DAYS);
        } else if (user != null && user.accessExpiresAt() != null && checks.mayUse(user)
                && Instant.now(clock).plus(Duration.ofDays(days)).isAfter(user.accessExpiresAt())) {
            // A token never outlives its account: it would stop working then anyway, and saying so avoids a surprise.
            long most = Duration.between(Instant.now(clock), user.accessExpiresAt()).toDays();
            problems.add("days", user.displayName() + "’s last day of access is "
                    + LAST_DAY.format(user.accessExpiresAt().minusNanos(1).atZone(clock.getZone())) + ", so a token for it can last "
                    + (most < 1 ? "not even a whole day: change the account’s last day of access first" : "at most " + most
                    + (most == 1 ? " day" : " days")));
        }
        return problems;
    }

    /** Issues a token acting as the user, with the user's current role; the plain token is returned once and never stored. */
    public Issued issue(long userId, String purpose, int days, boolean readOnly, CurrentUser admin) {
        if (!problems(userId, purpose, days).isEmpty()) {
            throw new IllegalArgumentException("Check the request with problems() first");
        }
        CurrentUser user = users.findById(userId).orElseThrow();
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant now = Instant.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO api_token (token_sha256, user_id, role, read_only, purpose, issued_at, issued_by, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(sha256(token), user.id(), user.role().name(), readOnly, purpose.strip(), Timestamp.from(now),
                        admin.username(), Timestamp.from(now.plus(Duration.ofDays(days))))
                .query(Long.class).single();
        log.warn("API token {} issued to {} ({}{}) by {} for: {}", id, user.username(), user.role(), readOnly ? ", read-only" : "",
                admin.username(), purpose.strip().replaceAll("\\p{Cntrl}", "?"));
        return new Issued(id, token);
    }

    public boolean revoke(long id, CurrentUser admin) {
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now(clock)), admin.username(), id).update();
        if (revoked > 0) {
            log.warn("API token {} revoked by {}", id, admin.username());
        }
        return revoked > 0;
    }

    public List<Token> all() {
        return jdbc.sql(TOKENS + " ORDER BY (t.revoked_at IS NULL) DESC, t.issued_at DESC").query(ApiTokens::token).list();
    }

    public Optional<Token> find(long id) {
        return jdbc.sql(TOKENS + " WHERE t.id = :id").param("id", id).query(ApiTokens::token).optional();
    }

    /**
     * The account a presented token acts as, if the token is known, not revoked, not expired, and
     * its account may still use OpenCSC with the role the token was issued for. One lookup by the
     * token's hash (unique index) and one of the account; the last-used time is written only when
     * it is older than {@link #LAST_USED_GRANULARITY}.
     */
    Optional<ApiAuthentication> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<Token> found = jdbc.sql(TOKENS + " WHERE t.token_sha256 = :hash").param("hash", sha256(presented))
                .query(ApiTokens::token).optional();
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return Optional.empty();
        }
        Token token = found.get();
        Optional<CurrentUser> user = users.findById(token.userId()).filter(CurrentUser::integration).filter(checks::mayUse)
                .filter(u -> u.role() == token.role());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), token.id()).update();
        }
        return Optional.of(new ApiAuthentication(user.get(), token.readOnly(), token.id()));
    }

    private static final String TOKENS = """
            SELECT t.*, u.username, u.display_name FROM api_token t JOIN app_user u ON u.id = t.user_id
            """;

    private static Token token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Token(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("read_only"), rs.getString("purpose"),
                instant(rs.getTimestamp("issued_at")), rs.getString("issued_by"), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"), instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
