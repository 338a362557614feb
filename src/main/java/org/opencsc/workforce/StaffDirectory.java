package org.opencsc.workforce;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.opencsc.security.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The staff an action can be given to: active people (not integrations) in a role that does work
 * on children's cases. An action's owner is chosen from them, so the action reaches that person's
 * "My work"; a name typed as free text would reach nobody.
 */
@Service
public class StaffDirectory {

    private static final String[] OWNER_ROLES = Arrays.stream(Role.values())
            .filter(r -> r.recordsOnCases() && r.scope() != Role.Scope.NONE).map(Role::name).toArray(String[]::new);

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AccessPolicy access;

    StaffDirectory(JdbcClient jdbc, UserRepository users, AccessPolicy access) {
        this.jdbc = jdbc;
        this.users = users;
        this.access = access;
    }

    /** Everyone an action may be given to, by name. */
    public List<StaffMember> owners() {
        return query("TRUE", null);
    }

    public Optional<StaffMember> owner(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : query("u.username = :username", username.trim()).stream().findFirst();
    }

    /**
     * The owner named by username, or a problem on {@code field} saying what is wrong: none chosen,
     * or no such member of staff. Null when there is a problem.
     */
    public StaffMember ownerOrProblem(String username, String field, Problems problems) {
        if (username == null || username.isBlank()) {
            problems.add(field, "Choose who will do each action from the list of staff");
            return null;
        }
        Optional<StaffMember> owner = owner(username);
        if (owner.isEmpty()) {
            problems.add(field, "There is no member of staff with the username " + username.trim()
                    + " who can be given an action: choose one from the list of staff");
            return null;
        }
        return owner.get();
    }

    /**
     * As {@link #ownerOrProblem}, and the owner must be able to open the child's record: an action
     * about a child they cannot see would reach them as a line they could neither read nor mark done.
     */
    public StaffMember ownerOrProblem(String username, long childId, String field, Problems problems) {
        StaffMember owner = ownerOrProblem(username, field, problems);
        if (owner == null) {
            return null;
        }
        CurrentUser asOwner = users.findByUsername(owner.username()).orElse(null);
        if (asOwner == null || !access.canView(asOwner, childId)) {
            problems.add(field, owner.name() + " cannot open this child’s record, so would not see the action:"
                    + " choose someone who can, such as the child’s worker or their manager");
            return null;
        }
        return owner;
    }

    private List<StaffMember> query(String where, String username) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.role,
                               (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM team_member m JOIN team t ON t.id = m.team_id
                                WHERE m.user_id = u.id) AS teams
                        FROM app_user u
                        WHERE u.active AND u.kind = 'PERSON' AND u.role = ANY(:roles)
                          AND\s""" + where + """
                         ORDER BY u.display_name, u.username
                        """)
                .param("roles", OWNER_ROLES)
                .param("username", username)
                .query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")).label(), rs.getString("teams")))
                .list();
    }
}
