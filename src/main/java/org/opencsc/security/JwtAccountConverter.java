package org.opencsc.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The council identity provider's access token, once its signature, issuer and dates are
 * checked, matched to an OpenCSC account as a page sign-in through OIDC is (OidcUserMapper):
 * preferred_username, then email. The provider proves who is calling; app_user decides their
 * role and teams, and a closed or expired account is refused whatever the token says.
 */
final class JwtAccountConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserRepository users;
    private final AccountChecks checks;

    JwtAccountConverter(UserRepository users, AccountChecks checks) {
        this.users = users;
        this.checks = checks;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String preferred = jwt.getClaimAsString("preferred_username");
        String email = jwt.getClaimAsString("email");
        CurrentUser user = (preferred != null ? users.findByUsername(preferred) : java.util.Optional.<CurrentUser>empty())
                .or(() -> email != null ? users.findByUsername(email) : java.util.Optional.empty())
                .filter(checks::mayUse)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user has no OpenCSC account that may sign in"));
        return new ApiAuthentication(user, false, null);
    }
}
