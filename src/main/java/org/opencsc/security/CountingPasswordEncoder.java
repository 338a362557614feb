package org.opencsc.security;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt, counting its checks. A bcrypt check is deliberately slow (tens of milliseconds), so
 * how many run says what sign-ins cost; a test uses the count to prove that a bearer token
 * call runs none.
 */
public final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder bcrypt;
    private final AtomicLong checks = new AtomicLong();

    CountingPasswordEncoder(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
    }

    /** Password checks since the application started. */
    public long checks() {
        return checks.get();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.incrementAndGet();
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }
}
