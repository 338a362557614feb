package org.opencsc.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone signed in through the council's identity provider, with the OpenCSC account they were
 * matched to: the provider's claims prove who they are, the account decides what they may do.
 * Keeping the account here lets the page session check and refresh it like a password sign-in's.
 */
final class OidcCurrentUser extends DefaultOidcUser {

    private final CurrentUser user;
    private final String nameAttributeKey;

    OidcCurrentUser(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo, String nameAttributeKey) {
        super(user.getAuthorities(), idToken, userInfo, nameAttributeKey);
        this.user = user;
        this.nameAttributeKey = nameAttributeKey;
    }

    CurrentUser user() {
        return user;
    }

    /** The same sign-in with the account as it now stands (a changed role or team). */
    OidcCurrentUser with(CurrentUser now) {
        return new OidcCurrentUser(now, getIdToken(), getUserInfo(), nameAttributeKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OidcCurrentUser other && super.equals(other) && user.equals(other.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }
}
