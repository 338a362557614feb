package org.opencsc.security;

import java.time.LocalDate;
import org.springframework.security.authentication.AccountExpiredException;

/**
 * A time-boxed account (an inspector's) whose access has ended, found once the password was
 * right: the user may be told plainly, with the last day of their access.
 */
public class AccessEndedException extends AccountExpiredException {

    private final LocalDate lastDay;

    AccessEndedException(LocalDate lastDay) {
        super("Access ended");
        this.lastDay = lastDay;
    }

    /** The last day (UK) on which the account could be used. */
    public LocalDate lastDay() {
        return lastDay;
    }
}
