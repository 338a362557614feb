package org.opencsc.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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

    /**
     * The last day of access a stored expiry stands for, in the clock's zone (London): access set
     * to end on a day ends at the midnight that starts the next one.
     */
    public LocalDate lastDay(Instant expiresAt) {
        return expiresAt == null ? null : expiresAt.minusNanos(1).atZone(clock.getZone()).toLocalDate();
    }

    /**
     * Spring Security's check once the password is right (never before, so that the answer,
     * which says when an expired account's access ended, tells only the account's owner).
     */
    @Override
    public void check(UserDetails user) {
        if (user instanceof CurrentUser current) {
            refusal(current).ifPresent(r -> {
                throw r == Refusal.CLOSED ? new DisabledException("Account closed")
                        : new AccessEndedException(lastDay(current.accessExpiresAt()));
            });
        } else if (!user.isEnabled()) {
            throw new DisabledException("Account closed");
        }
    }
}
