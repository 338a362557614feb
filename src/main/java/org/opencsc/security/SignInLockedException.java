package org.opencsc.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused without checking the password: too many recent failures for the username or the address. */
public class SignInLockedException extends LockedException {

    private final Instant until;

    SignInLockedException(Instant until) {
        super("Too many failed sign-ins");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
