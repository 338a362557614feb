package org.opencsc.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    /** app_user.kind of another system's account; a person's is PERSON. */
    static final String INTEGRATION = "INTEGRATION";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The account as it stands, teams included, in one query: it runs on every page request
     * (CurrentAccessFilter) and every API call, so it is one primary-key lookup with two small
     * indexed sub-selects.
     */
    private static final String ACCOUNT = """
            SELECT u.id, u.username, u.password_hash, u.display_name, u.role, u.active, u.access_expires_at, u.kind,
                   ARRAY(SELECT m.team_id FROM team_member m WHERE m.user_id = u.id) AS teams,
                   ARRAY(SELECT t.id FROM team t WHERE t.service_area IN (
                       SELECT mine.service_area FROM team mine JOIN team_member m ON m.team_id = mine.id
                       WHERE m.user_id = u.id)) AS area_teams
            FROM app_user u
            """;

    public Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql(ACCOUNT + " WHERE lower(u.username) = lower(:username)")
                .param("username", username)
                .query(UserRepository::account)
                .optional();
    }

    public Optional<CurrentUser> findById(long id) {
        return jdbc.sql(ACCOUNT + " WHERE u.id = :id")
                .param("id", id)
                .query(UserRepository::account)
                .optional();
    }

    private static CurrentUser account(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("access_expires_at");
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"), expires == null ? null : expires.toInstant(),
                ids(rs.getArray("teams")), ids(rs.getArray("area_teams")), INTEGRATION.equals(rs.getString("kind")));
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((Long[]) array.getArray()));
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
