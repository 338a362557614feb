package org.opencsc.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Whether an account may be used now: it is active and, for a time-boxed account such as an
 * inspector's, its access has not ended. Asked at sign-in (form, HTTP Basic, OIDC, API tokens)
 * and again on every page request, always against the application's Clock.
 */
@Component
public class AccountChecks implements UserDetailsChecker {

    /** Why an account may not be used. */
    public enum Refusal {
        /** Deactivated by the council. */
        CLOSED,
        /** A time-boxed account whose access has ended. */
        EXPIRED
    }

    private final Clock clock;

    AccountChecks(Clock clock) {
        this.clock = clock;
    }

    public Optional<Refusal> refusal(CurrentUser user) {
        if (!user.active()) {
            return Optional.of(Refusal.CLOSED);
        }
        if (user.accessExpiresAt() != null && !user.accessExpiresAt().isAfter(Instant.now(clock))) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    public boolean mayUse(CurrentUser user) {
        return refusal(user).isEmpty();
    }

    /** Spring Security's check before the password is compared. */
    @Override
    public void check(UserDetails user) {
        if (user instanceof CurrentUser current) {
            refusal(current).ifPresent(r -> {
                throw r == Refusal.CLOSED ? new DisabledException("Account closed") : new AccountExpiredException("Access ended");
            });
        } else if (!user.isEnabled()) {
            throw new DisabledException("Account closed");
        }
    }
}
