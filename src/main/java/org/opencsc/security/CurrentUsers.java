package org.opencsc.security;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, however they signed in: a password login carries a CurrentUser as its
 * principal; an OIDC login carries the provider's user, which is matched to app_user by name.
 */
@Component
public class CurrentUsers {

    private final UserRepository users;

    CurrentUsers(UserRepository users) {
        this.users = users;
    }

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new InsufficientAuthenticationException("Not signed in");
        }
        if (auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        return users.findByUsername(auth.getName())
                .orElseThrow(() -> new InsufficientAuthenticationException("Unknown user " + auth.getName()));
    }
}
