package org.opencsc.security;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, password_hash, display_name, role, active, access_expires_at
                        FROM app_user WHERE lower(username) = lower(:username)
                        """)
                .param("username", username)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Timestamp expires = rs.getTimestamp("access_expires_at");
                    return new CurrentUser(id, rs.getString("username"), rs.getString("password_hash"),
                            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                            rs.getBoolean("active"), expires == null ? null : expires.toInstant(),
                            teamsOf(id), teamsInServiceAreasOf(id));
                })
                .optional();
    }

    private Set<Long> teamsOf(long userId) {
        return new HashSet<>(jdbc.sql("SELECT team_id FROM team_member WHERE user_id = :id")
                .param("id", userId).query(Long.class).list());
    }

    private Set<Long> teamsInServiceAreasOf(long userId) {
        return new HashSet<>(jdbc.sql("""
                        SELECT t.id FROM team t WHERE t.service_area IN (
                            SELECT mine.service_area FROM team mine
                            JOIN team_member m ON m.team_id = mine.id WHERE m.user_id = :id)
                        """)
                .param("id", userId).query(Long.class).list());
    }

    public List<UserSummary> findAll() {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.role,
                               coalesce(string_agg(t.name, ', ' ORDER BY t.name), '') AS teams
                        FROM app_user u
                        LEFT JOIN team_member m ON m.user_id = u.id
                        LEFT JOIN team t ON t.id = m.team_id
                        GROUP BY u.id ORDER BY u.role, u.display_name
                        """)
                .query((rs, n) -> new UserSummary(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("teams")))
                .list();
    }

    public Optional<UserSummary> findSummary(long id) {
        return findAll().stream().filter(u -> u.id() == id).findFirst();
    }

    public record UserSummary(long id, String username, String displayName, Role role, String teams) {
    }
}
