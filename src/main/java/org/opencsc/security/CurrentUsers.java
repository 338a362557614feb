package org.opencsc.security;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, however they signed in: a password login, an API token and an identity
 * provider's JWT carry a CurrentUser as their principal; an OIDC page login carries the
 * provider's user with the matched CurrentUser inside.
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
        CurrentUser user = of(auth);
        if (user != null) {
            return user;
        }
        return users.findByUsername(auth.getName())
                .orElseThrow(() -> new InsufficientAuthenticationException("Unknown user " + auth.getName()));
    }

    /** The account an authentication carries, or null when it carries none (anonymous). */
    static CurrentUser of(Authentication auth) {
        if (auth == null) {
            return null;
        }
        return switch (auth.getPrincipal()) {
            case CurrentUser user -> user;
            case OidcCurrentUser oidc -> oidc.user();
            case null, default -> null;
        };
    }
}
