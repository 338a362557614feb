package org.opencsc.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an administrator changes on an account: whether it is active, the last day of a
 * time-boxed account's access (an inspector's always has one, at most
 * opencsc.accounts.inspector-max-days ahead), and the line manager (who records the worker's
 * supervision).
 * The change reaches the user's open session at their next request (CurrentAccessFilter).
 */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record Account(long id, String username, String displayName, Role role, String teams, boolean active,
                          Instant accessExpiresAt, Long lineManagerId, String lineManagerName, boolean integration) {
    }

    /** A new integration account as typed: kept as text so a page can show it back with its errors. */
    public record NewIntegration(String displayName, String username, String role, String teamId,
                                 String lastDayDay, String lastDayMonth, String lastDayYear) {
    }

    /**
     * The roles an integration account may have: any but the administrator's. Administration is
     * done on the pages by a named person (who signs in, and whom the access log names); a system
     * has nothing to administer, and a token that could would be the one secret that opens every
     * account.
     */
    public static List<Role> integrationRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList();
    }

    public record TeamOption(long id, String name) {
    }

    /** The new account's id, or the problems that stopped it. */
    public record Result(Long id, FormErrors errors) {
    }

    /** The form as typed: kept as text so a page can show it back with its errors. */
    public record Change(String active, String lastDayDay, String lastDayMonth, String lastDayYear, String lineManagerId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int inspectorMaxDays;

    AccountAdministration(JdbcClient jdbc, Clock clock,
                          @Value("${opencsc.accounts.inspector-max-days:90}") int inspectorMaxDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inspectorMaxDays = inspectorMaxDays;
    }

    /** How far ahead an inspector's last day of access may be set: an inspection, with its preparation and letter. */
    public int inspectorMaxDays() {
        return inspectorMaxDays;
    }

    public List<Account> all() {
        return jdbc.sql(ACCOUNTS + " GROUP BY u.id, lm.display_name ORDER BY u.display_name").query(AccountAdministration::account).list();
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(ACCOUNTS + " WHERE u.id = :id GROUP BY u.id, lm.display_name").param("id", id)
                .query(AccountAdministration::account).optional();
    }

    /**
     * The active accounts that may be this account's line manager: people (not integrations),
     * not itself and not anyone below it (no loops).
     */
    public List<Account> possibleLineManagers(long id) {
        Set<Long> below = below(id);
        return all().stream().filter(a -> a.active() && !a.integration() && a.id() != id && !below.contains(a.id())).toList();
    }

    public List<TeamOption> teams() {
        return jdbc.sql("SELECT id, name FROM team ORDER BY name")
                .query((rs, n) -> new TeamOption(rs.getLong("id"), rs.getString("name"))).list();
    }

    /**
     * Sets up an account for another system (a case-management feed, a reporting warehouse), with
     * the role and team it needs: it has no password and no line manager, is no one's colleague,
     * and is used only through the API tokens issued for it. Returns the problems instead when
     * there are any, saving nothing; otherwise its id.
     */
    public Result createIntegration(NewIntegration in, CurrentUser admin) {
        FormErrors errors = new FormErrors();
        String name = in.displayName() == null ? "" : in.displayName().strip();
        if (name.isEmpty()) {
            errors.add("displayName", "Enter the name of the system that will use this account, such as Reporting warehouse");
        } else if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add("displayName", "The system’s name must be 100 characters or fewer, on one line");
        }
        String username = in.username() == null ? "" : in.username().strip();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,49}")) {
            errors.add("username", "Enter a username of 3 to 50 lower-case letters, digits, dots, dashes or underscores,"
                    + " such as reporting-feed");
        } else if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = :u)").param("u", username)
                .query(Boolean.class).single()) {
            errors.add("username", "There is already an account called " + username + ": choose another username");
        }
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(in.role())).findFirst().orElse(null);
        if (role == Role.ADMIN) {
            errors.add("role", "An integration account cannot be a system administrator: accounts are administered on these"
                    + " pages by a named person. Choose the role the system needs");
        } else if (role == null) {
            errors.add("role", "Choose the role the system needs: it sees and does what that role may");
        }
        Instant expires = lastDay(in.lastDayDay(), in.lastDayMonth(), in.lastDayYear(), role != null && role.timeBoxed(), errors);
        Long team = null;
        if (!blank(in.teamId())) {
            Long chosen = parseId(in.teamId());
            if (chosen == null || teams().stream().noneMatch(t -> t.id() == chosen)) {
                errors.add("teamId", "Choose the team from the list, or none");
            } else {
                team = chosen;
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, kind, access_expires_at)
                        VALUES (?, NULL, ?, ?, 'INTEGRATION', ?) RETURNING id
                        """)
                .params(username, name, role.name(), expires == null ? null : Timestamp.from(expires)).query(Long.class).single();
        if (team != null) {
            jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(team, id).update();
        }
        log.warn("Integration account {} ({}, {}) set up by {}", id, username, role, admin.username());
        return new Result(id, errors);
    }

    private static Long parseId(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last day of access a stored expiry stands for: access ends at the midnight that starts the next day. */
    public LocalDate lastDay(Instant expiresAt) {
        return expiresAt == null ? null : expiresAt.minusNanos(1).atZone(clock.getZone()).toLocalDate();
    }

    /** Checks and saves the change; returns the problems instead when there are any, saving nothing. */
    public FormErrors change(long id, Change change, CurrentUser admin) {
        FormErrors errors = new FormErrors();
        Optional<Account> account = find(id);
        boolean timeBoxed = account.map(a -> a.role().timeBoxed()).orElse(false);
        boolean integration = account.map(Account::integration).orElse(false);
        if (!"yes".equals(change.active()) && !"no".equals(change.active())) {
            errors.add("active", "Choose whether the account is active");
        } else if ("no".equals(change.active()) && id == admin.id()) {
            errors.add("active", "You cannot close your own account: ask another administrator");
        }
        Instant expires = lastDay(change.lastDayDay(), change.lastDayMonth(), change.lastDayYear(), timeBoxed, errors);
        Long lineManager = null;
        if (!blank(change.lineManagerId()) && integration) {
            errors.add("lineManagerId", "An integration account is another system’s: it has no line manager");
        } else if (!blank(change.lineManagerId())) {
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

    /**
     * The end of access a last day typed in three boxes stands for (null when left blank), or the
     * problem added to errors. An inspector's account must have one, at most inspectorMaxDays ahead.
     */
    private Instant lastDay(String day, String month, String year, boolean timeBoxed, FormErrors errors) {
        if (blank(day) && blank(month) && blank(year)) {
            if (timeBoxed) {
                errors.add("lastDay", "Enter the last day of the inspector’s access: an inspector’s or partner auditor’s"
                        + " account always ends, at most " + inspectorMaxDays + " days from today");
            }
            return null;
        }
        try {
            LocalDate lastDay = LocalDate.of(part(year, 4), part(month, 2), part(day, 2));
            LocalDate today = LocalDate.now(clock);
            if (lastDay.isBefore(today.minusYears(1)) || lastDay.isAfter(today.plusYears(5))) {
                errors.add("lastDay", "The last day of access must be within a year before today and five years after it");
            } else if (timeBoxed && lastDay.isAfter(today.plusDays(inspectorMaxDays))) {
                errors.add("lastDay", "An inspector’s or partner auditor’s last day of access must be at most " + inspectorMaxDays
                        + " days from today, so no later than " + DAY.format(today.plusDays(inspectorMaxDays)));
            } else {
                // The last day is a UK date: access works to its end and stops at the next midnight.
                return lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            }
        } catch (DateTimeException e) {
            errors.add("lastDay", "The last day of access must be a real date, like 27 3 2026, or left blank");
        }
        return null;
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
            SELECT u.id, u.username, u.display_name, u.role, u.active, u.access_expires_at, u.line_manager_id, u.kind,
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
                (Long) rs.getObject("line_manager_id"), rs.getString("line_manager"),
                UserRepository.INTEGRATION.equals(rs.getString("kind")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
