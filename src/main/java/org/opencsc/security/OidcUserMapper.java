package org.opencsc.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * For real deployments signing in through the council's identity provider: the provider
 * proves who the person is; OpenCSC's own user table (matched on preferred_username, then
 * email) decides their role and teams. Someone the council has not set up, or whose account is
 * closed or has expired, cannot get in.
 */
@Component
class OidcUserMapper extends OidcUserService {

    private final UserRepository users;
    private final AccountChecks checks;

    OidcUserMapper(UserRepository users, AccountChecks checks) {
        this.users = users;
        this.checks = checks;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = super.loadUser(request);
        String name = external.getPreferredUsername() != null ? external.getPreferredUsername() : external.getEmail();
        // An integration's account is another system's, never a person's sign-in.
        CurrentUser local = users.findByUsername(name == null ? "" : name)
                .filter(u -> !u.integration())
                .filter(checks::mayUse)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("access_denied", "No OpenCSC account for " + name, null)));
        String key = external.getPreferredUsername() != null ? "preferred_username" : "email";
        return new OidcCurrentUser(local, external.getIdToken(), external.getUserInfo(), key);
    }
}
