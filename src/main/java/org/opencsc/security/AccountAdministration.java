package org.opencsc.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an administrator changes on an account: whether it is active, the last day of a
 * time-boxed account's access, and the line manager (who records the worker's supervision).
 * The change reaches the user's open session at their next request (CurrentAccessFilter).
 */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    public record Account(long id, String username, String displayName, Role role, String teams, boolean active,
                          Instant accessExpiresAt, Long lineManagerId, String lineManagerName) {
    }

    /** The form as typed: kept as text so a page can show it back with its errors. */
    public record Change(String active, String lastDayDay, String lastDayMonth, String lastDayYear, String lineManagerId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAdministration(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Account> all() {
        return jdbc.sql(ACCOUNTS + " GROUP BY u.id, lm.display_name ORDER BY u.display_name").query(AccountAdministration::account).list();
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(ACCOUNTS + " WHERE u.id = :id GROUP BY u.id, lm.display_name").param("id", id)
                .query(AccountAdministration::account).optional();
    }

    /** The active accounts that may be this account's line manager: not itself and not anyone below it (no loops). */
    public List<Account> possibleLineManagers(long id) {
        Set<Long> below = below(id);
        return all().stream().filter(a -> a.active() && a.id() != id && !below.contains(a.id())).toList();
    }

    /** The last day of access a stored expiry stands for: access ends at the midnight that starts the next day. */
    public LocalDate lastDay(Instant expiresAt) {
        return expiresAt == null ? null : expiresAt.minusNanos(1).atZone(clock.getZone()).toLocalDate();
    }

    /** Checks and saves the change; returns the problems instead when there are any, saving nothing. */
    public FormErrors change(long id, Change change, CurrentUser admin) {
        FormErrors errors = new FormErrors();
        if (!"yes".equals(change.active()) && !"no".equals(change.active())) {
            errors.add("active", "Choose whether the account is active");
        } else if ("no".equals(change.active()) && id == admin.id()) {
            errors.add("active", "You cannot close your own account: ask another administrator");
        }
        Instant expires = null;
        boolean noDate = blank(change.lastDayDay()) && blank(change.lastDayMonth()) && blank(change.lastDayYear());
        if (!noDate) {
            try {
                LocalDate lastDay = LocalDate.of(part(change.lastDayYear(), 4), part(change.lastDayMonth(), 2),
                        part(change.lastDayDay(), 2));
                LocalDate today = LocalDate.now(clock);
                if (lastDay.isBefore(today.minusYears(1)) || lastDay.isAfter(today.plusYears(5))) {
                    errors.add("lastDay", "The last day of access must be within a year before today and five years after it");
                } else {
                    // The last day is a UK date: access works to its end and stops at the next midnight.
                    expires = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
                }
            } catch (DateTimeException e) {
                errors.add("lastDay", "The last day of access must be a real date, like 27 3 2026, or left blank");
            }
        }
        Long lineManager = null;
        if (!blank(change.lineManagerId())) {
            lineManager = WholeNumber.of(change.lineManagerId()).orElse(null);
            if (lineManager == null) {
                errors.add("lineManagerId", "Choose the line manager from the list");
            } else {
                long chosen = lineManager;
                if (possibleLineManagers(id).stream().noneMatch(a -> a.id() == chosen)) {
                    errors.add("lineManagerId", "Choose an active colleague who is not this person or someone they line manage");
                }
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbc.sql("UPDATE app_user SET active = ?, access_expires_at = ?, line_manager_id = ? WHERE id = ?")
                .params("yes".equals(change.active()), expires == null ? null : Timestamp.from(expires), lineManager, id)
                .update();
        log.warn("Account {} changed by {}: active={}, access ends {}, line manager {}", id, admin.username(), change.active(),
                expires, lineManager);
        return errors;
    }

    /** One box of the date: digits only, at most {@code digits} of them (a 4-digit year), or the date is not a real one. */
    private static int part(String text, int digits) {
        return WholeNumber.of(text).filter(n -> text.strip().length() <= digits).map(Long::intValue)
                .orElseThrow(() -> new DateTimeException("‘" + text + "’ is not part of a date"));
    }

    private Set<Long> below(long id) {
        return Set.copyOf(jdbc.sql("""
                        WITH RECURSIVE below (id, depth) AS (
                            SELECT id, 1 FROM app_user WHERE line_manager_id = :m
                            UNION
                            SELECT u.id, b.depth + 1 FROM below b JOIN app_user u ON u.line_manager_id = b.id WHERE b.depth < 20
                        )
                        SELECT DISTINCT id FROM below
                        """)
                .param("m", id).query(Long.class).list());
    }

    private static final String ACCOUNTS = """
            SELECT u.id, u.username, u.display_name, u.role, u.active, u.access_expires_at, u.line_manager_id,
                   lm.display_name AS line_manager, coalesce(string_agg(t.name, ', ' ORDER BY t.name), '') AS teams
            FROM app_user u
            LEFT JOIN app_user lm ON lm.id = u.line_manager_id
            LEFT JOIN team_member m ON m.user_id = u.id
            LEFT JOIN team t ON t.id = m.team_id
            """;

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("access_expires_at");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("teams"), rs.getBoolean("active"), expires == null ? null : expires.toInstant(),
                (Long) rs.getObject("line_manager_id"), rs.getString("line_manager"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
