package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session holds the account as it was at sign-in. On every request this reads the
 * account as it stands now (one primary-key query, UserRepository.findById) and:
 * <ul>
 * <li>ends the session when the account has been closed or its access has ended (an inspector
 *     whose time is up), sending the user to the sign-in page with a plain message;</li>
 * <li>puts the current account into the session when its role or teams have changed, so a
 *     social worker moved to another team stops seeing the old team's children at once.</li>
 * </ul>
 * It runs before authorisation, so URL rules (such as /admin for administrators) see the
 * current role too. API calls need no such check: they authenticate afresh on every request.
 */
class CurrentAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CurrentAccessFilter.class);

    private final UserRepository users;
    private final AccountChecks checks;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccessFilter(UserRepository users, AccountChecks checks) {
        this.users = users;
        this.checks = checks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser held = CurrentUsers.of(auth);
        if (held == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> now = users.findById(held.id());
        Optional<AccountChecks.Refusal> refusal = now.isEmpty() ? Optional.of(AccountChecks.Refusal.CLOSED)
                : checks.refusal(now.get());
        if (refusal.isPresent()) {
            log.info("Ended the session of {}: account {}", held.username(), refusal.get().name().toLowerCase());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(refusal.get() == AccountChecks.Refusal.EXPIRED ? "/sign-in?expired" : "/sign-in?closed");
            return;
        }
        if (!now.get().equals(held)) {
            refresh(auth, now.get(), request, response);
        }
        chain.doFilter(request, response);
    }

    private void refresh(Authentication auth, CurrentUser now, HttpServletRequest request, HttpServletResponse response) {
        Authentication current;
        if (auth instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof OidcCurrentUser user) {
            current = new OAuth2AuthenticationToken(user.with(now), now.getAuthorities(), oidc.getAuthorizedClientRegistrationId());
        } else {
            current = UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        }
        if (current instanceof org.springframework.security.authentication.AbstractAuthenticationToken token) {
            token.setDetails(auth.getDetails());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
