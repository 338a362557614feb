package org.opencsc.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in worker, with the teams that decide what they may see; or an integration's
 * account (another system, reached only with an API token, never signed in as a person).
 */
public record CurrentUser(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        boolean active,
        Instant accessExpiresAt,
        Set<Long> teamIds,
        Set<Long> serviceAreaTeamIds,
        boolean integration) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /**
     * Always true here: whether access has ended depends on the time, and a record cannot hold
     * the application's Clock. {@link AccountChecks} decides it, at sign-in and on every request.
     */
    @Override
    public boolean isAccountNonExpired() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The user's own teams, or for a manager every team in their service areas (to see and to allocate to). */
    public Set<Long> visibleTeamIds() {
        return role.isManager() ? serviceAreaTeamIds : teamIds;
    }

    public boolean is(Role other) {
        return role == other;
    }
}
