package org.opencsc.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form, or HTTP Basic on the API) behind the {@link SignInThrottle}: a
 * locked username or address is refused before the password is looked at; each check counts
 * from before it starts (so parallel guesses cannot all slip past), each failure is logged; a
 * success clears the username's count. No connection is held while the password is checked.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccessLog.Channel channel;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, AccessLog.Channel channel) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        if (username == null || username.isBlank() || username.chars().anyMatch(Character::isISOControl)) {
            // Never an account, and no password is checked: refused like a wrong password without
            // asking the database (which could not even store a name with a NUL in it).
            throw new BadCredentialsException("Bad credentials");
        }
        SignInThrottle.Attempt counted = throttle.admit(username, address, channel);
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(counted);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(counted, SignInThrottle.Reason.BAD_CREDENTIALS);
            throw e;
        } catch (AccountStatusException e) {
            throttle.failed(counted, SignInThrottle.Reason.NOT_ACTIVE);
            throw e;
        } catch (RuntimeException e) {
            throttle.abandoned(counted);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
