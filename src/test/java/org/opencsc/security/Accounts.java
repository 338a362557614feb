package org.opencsc.security;

import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts made for one test (password "demo", like the demo users), so changing them never touches a demo login. */
public record Accounts(JdbcClient jdbc) {

    public record Account(long id, String username) {
    }

    public Account create(Role role, String teamName) {
        String username = Fixtures.uniqueSurname("acct").toLowerCase();
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role)
                        SELECT :u, password_hash, :name, :role FROM app_user WHERE username = 'social'
                        RETURNING id
                        """)
                .param("u", username).param("name", "Test " + username).param("role", role.name())
                .query(Long.class).single();
        if (teamName != null) {
            jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT id, :u FROM team WHERE name = :t")
                    .param("u", id).param("t", teamName).update();
        }
        return new Account(id, username);
    }

    /** An integration's account (no password, used only with API tokens), as an administrator sets one up. */
    Account integration(Role role, String teamName) {
        String username = Fixtures.uniqueSurname("feed").toLowerCase();
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, kind)
                        VALUES (:u, NULL, :name, :role, 'INTEGRATION') RETURNING id
                        """)
                .param("u", username).param("name", "Feed " + username).param("role", role.name())
                .query(Long.class).single();
        if (teamName != null) {
            jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT id, :u FROM team WHERE name = :t")
                    .param("u", id).param("t", teamName).update();
        }
        return new Account(id, username);
    }

    /** A time-boxed account (an inspector, a partner agency's auditor) whose access ends at {@code until}. */
    public Account expiring(Role role, String teamName, java.time.Instant until) {
        Account account = create(role, teamName);
        jdbc.sql("UPDATE app_user SET access_expires_at = :until WHERE id = :id")
                .param("until", java.sql.Timestamp.from(until)).param("id", account.id()).update();
        return account;
    }

    /** Makes {@code manager} the account's line manager. */
    public void lineManagedBy(Account account, long managerId) {
        jdbc.sql("UPDATE app_user SET line_manager_id = :m WHERE id = :id").param("m", managerId).param("id", account.id()).update();
    }

    void moveTeam(Account account, String teamName) {
        jdbc.sql("DELETE FROM team_member WHERE user_id = :u").param("u", account.id()).update();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT id, :u FROM team WHERE name = :t")
                .param("u", account.id()).param("t", teamName).update();
    }

    public long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }
}
