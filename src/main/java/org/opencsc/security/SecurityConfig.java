package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors. The JSON API (/api/**) keeps no session, so it needs no CSRF token; each call
 * authenticates with HTTP Basic (the demo: a bcrypt check on every call), an administrator's
 * API token, or, when an issuer is configured, the council identity provider's JWT (both sent
 * as "Authorization: Bearer", neither costing a bcrypt check). The pages use a sign-in form (or
 * OIDC, when a provider is configured) and a session, and every form carries a CSRF token.
 * Password sign-ins on both doors go through the SignInThrottle; every page request re-reads
 * the account (CurrentAccessFilter).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** HSTS for a year, sent only on HTTPS requests (directly, or behind a proxy saying X-Forwarded-Proto: https). */
    private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CountingPasswordEncoder(new BCryptPasswordEncoder());
    }

    private static AuthenticationManager passwords(UserDetailsService users, PasswordEncoder encoder, AccountChecks checks,
                                                   SignInThrottle throttle, AccessLog.Channel channel) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        // Closed and expired accounts are judged against the application's Clock, not the JVM's,
        // and only once the password is right: then the sign-in page may say plainly that access
        // ended, and when, without telling a guesser anything about a username they do not own.
        dao.setPreAuthenticationChecks(user -> { });
        dao.setPostAuthenticationChecks(checks);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, channel));
    }

    /**
     * Bearer tokens: ours start "ocsc_" and are looked up by hash; anything else is offered to the
     * identity provider's JWT decoder when one is configured (spring.security.oauth2.resourceserver.jwt.*).
     */
    private static AuthenticationManagerResolver<HttpServletRequest> bearerTokens(ApiTokens tokens, JwtDecoder jwtDecoder,
                                                                                  UserRepository users, AccountChecks checks) {
        AuthenticationManager apiTokens = new ProviderManager(new ApiTokenAuthenticationProvider(tokens));
        if (jwtDecoder == null) {
            return request -> apiTokens;
        }
        JwtAuthenticationProvider jwtProvider = new JwtAuthenticationProvider(jwtDecoder);
        jwtProvider.setJwtAuthenticationConverter(new JwtAccountConverter(users, checks));
        AuthenticationManager jwt = new ProviderManager(jwtProvider);
        String ours = "Bearer " + ApiTokens.PREFIX;
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, ours, 0, ours.length()) ? apiTokens : jwt;
        };
    }

    /** The roles that change nothing through the API, but for the writes {@link #api} lists for them. */
    private static final String[] READ_ONLY_ROLES = Arrays.stream(Role.values()).filter(Role::readOnly).map(Role::name)
            .toArray(String[]::new);

    /**
     * A write needs an authenticated caller that is not a read-only API token, and whose role is
     * not read-only unless it is one of the roles named here (the write is theirs to make). So
     * an inspector's POST is refused before its body is read, rather than told which fields are wrong
     * in a write they may never make. The controllers still decide who may make each write.
     */
    private static AuthorizationManager<RequestAuthorizationContext> writes(Role... readOnlyRolesAllowed) {
        AuthorizationManager<RequestAuthorizationContext> role = AuthorizationManagers.not(
                AuthorityAuthorizationManager.hasAnyRole(READ_ONLY_ROLES));
        if (readOnlyRolesAllowed.length > 0) {
            role = AuthorizationManagers.anyOf(role, AuthorityAuthorizationManager.hasAnyRole(
                    Arrays.stream(readOnlyRolesAllowed).map(Role::name).toArray(String[]::new)));
        }
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(ApiAuthentication.READ_ONLY)), role);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemJsonSecurityHandlers problems, UserDetailsService userDetails,
                            PasswordEncoder encoder, AccountChecks checks, SignInThrottle throttle, ApiTokens tokens,
                            ObjectProvider<JwtDecoder> jwtDecoder, UserRepository users) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // springdoc serves the browsable docs at /api/v1/docs by redirecting to /api/v1/swagger-ui/.
                        .requestMatchers("/api/v1/openapi/**", "/api/v1/openapi", "/api/v1/docs/**", "/api/v1/docs",
                                "/api/v1/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        // The writes read-only roles make: each is theirs by its own rule, checked in its controller.
                        // An administrator adds newly announced bank holidays.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/bank-holidays").access(writes(Role.ADMIN))
                        // A senior leader records the supervision of the managers they line-manage (no child's details).
                        .requestMatchers(HttpMethod.POST, "/api/v1/supervision").access(writes(Role.SENIOR_LEADER))
                        // A plan's quality check changes nothing: whoever may read the plan may run it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/child-plans/*/check")
                        .access(writes(Role.QA_AUDITOR, Role.SENIOR_LEADER, Role.INSPECTOR))
                        // The plain-English check reads no record and changes nothing: anyone signed in may run it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/plain-english/check")
                        .access(writes(Role.values()))
                        // Anyone named on a restricted record may be told of a possible duplicate, and mark it checked.
                        .requestMatchers(HttpMethod.POST, "/api/v1/restricted-match-alerts/*/checked")
                        .access(writes(Role.QA_AUDITOR, Role.SENIOR_LEADER, Role.INSPECTOR))
                        // The census: checking a file changes nothing, and the data officer imports (returns.CensusAccess).
                        .requestMatchers(HttpMethod.POST, "/api/v1/returns/cin-census/validate")
                        .access(writes(Role.DATA_OFFICER, Role.SENIOR_LEADER))
                        .requestMatchers(HttpMethod.POST, "/api/v1/returns/cin-census/imports").access(writes(Role.DATA_OFFICER))
                        // Auditors write audits, moderation, learning actions and observations (quality.QualityAccess).
                        .requestMatchers("/api/v1/quality/**").access(writes(Role.QA_AUDITOR, Role.PARTNER_AUDITOR))
                        // The administrator keeps staff's employment details, as their accounts (workforce.WorkforceAccess).
                        .requestMatchers(HttpMethod.PUT, "/api/v1/workforce/staff/*").access(writes(Role.ADMIN))
                        .anyRequest().access(writes()))
                .authenticationManager(passwords(userDetails, encoder, checks, throttle, AccessLog.Channel.API))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(bearerTokens(tokens, jwtDecoder.getIfAvailable(), users, checks))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                              OidcUserMapper oidcUserMapper, UserDetailsService userDetails, PasswordEncoder encoder,
                              AccountChecks checks, SignInThrottle throttle, UserRepository users,
                              AccessLog accessLog) throws Exception {
        http.authorizeHttpRequests(a -> a
                        // Static files must be public: the sign-in page loads them, and a refused
                        // /js/ request would be saved as the page to return to after signing in.
                        // The error pages too: a form sent after its session ended is answered there.
                        .requestMatchers("/sign-in", "/error", "/error/**", "/webjars/**", "/assets/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health", "/swagger-ui/**", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .authenticationManager(passwords(userDetails, encoder, checks, throttle, AccessLog.Channel.WEB))
                // A failure goes back to /sign-in?error; the page reads why (a lock) from the session.
                .formLogin(f -> f.loginPage("/sign-in").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .exceptionHandling(e -> e.accessDeniedHandler(new PageRefusals(accessLog)))
                // Before authorisation, so the URL rules judge the account as it is now.
                .addFilterBefore(new CurrentAccessFilter(users, checks), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/sign-in")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserMapper)));
        }
        return http.build();
    }
}
