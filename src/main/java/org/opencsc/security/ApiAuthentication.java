package org.opencsc.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API call made with a bearer token (an administrator's API token, or the council identity
 * provider's JWT): the principal is the OpenCSC account it acts as, with that account's role. A
 * read-only token also carries {@link #READ_ONLY}, which the API's URL rules refuse on writes.
 */
final class ApiAuthentication extends AbstractAuthenticationToken {

    static final String READ_ONLY = "TOKEN_READ_ONLY";

    private final CurrentUser user;
    private final Long tokenId;

    /** A call with an administrator's API token (tokenId, which the access log names), or a JWT (tokenId null). */
    ApiAuthentication(CurrentUser user, boolean readOnly, Long tokenId) {
        super(authorities(user, readOnly));
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    /** The API token the call was made with, or null for a JWT. */
    Long tokenId() {
        return tokenId;
    }

    private static List<GrantedAuthority> authorities(CurrentUser user, boolean readOnly) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        if (readOnly) {
            authorities.add(new SimpleGrantedAuthority(READ_ONLY));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
