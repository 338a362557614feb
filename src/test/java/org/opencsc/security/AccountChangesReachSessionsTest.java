package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Finding 7: what an administrator changes on an account reaches the sessions already open. A
 * page session holds the account as it was at sign-in; every request now checks the account as
 * it stands, and ends the session or refreshes the account.
 */
@IntegrationTest
class AccountChangesReachSessionsTest {

    static final String NORTH = "Safeguarding team North";
    static final String SOUTH = "Safeguarding team South";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    AccountChecks checks;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Accounts accounts;
    Fixtures fixtures;
    long northChild;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(jdbc);
        fixtures = new Fixtures(people, users, jdbc);
        northChild = fixtures.child("Nia", Fixtures.uniqueSurname("Session"), LocalDate.of(2016, 4, 1));
        fixtures.allocate(northChild, NORTH);
    }

    @Test
    void anAccountClosedByTheAdministratorEndsItsOpenPageSessionAndItsApiAccess() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, NORTH);
        PageSession session = PageSession.signedIn(port, worker.username());
        assertThat(session.get("/people/" + northChild).status()).isEqualTo(200);
        assertThat(new Api(port, worker.username()).get("/api/v1/people/" + northChild).status()).isEqualTo(200);

        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/users/" + worker.id()).csrf();
        PageSession.Page saved = admin.post("/admin/users/" + worker.id(), "active", "no", "lastDayDay", "", "lastDayMonth", "",
                "lastDayYear", "", "lineManagerId", "", "_csrf", csrf);
        assertThat(saved.location()).endsWith("/admin/users?saved=" + worker.id());

        PageSession.Page next = session.get("/people/" + northChild);
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/sign-in?closed");
        assertThat(session.get("/sign-in?closed").body()).contains("your account is no longer active");
        assertThat(session.get("/people/" + northChild).location()).as("the session is gone").endsWith("/sign-in");
        assertThat(PageSession.anonymous(port).signIn(worker.username(), "demo").location()).contains("/sign-in?error");

        Api.Response api = new Api(port, worker.username()).get("/api/v1/people/" + northChild);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).contains("application/problem+json");
    }

    @Test
    void anInspectorsLastDayMovedIntoThePastEndsTheirSessionAtTheNextRequest() {
        Accounts.Account inspector = accounts.create(Role.INSPECTOR, null);
        jdbc.sql("UPDATE app_user SET access_expires_at = :t WHERE id = :id")
                .param("t", java.sql.Timestamp.from(Instant.now(clock).plusSeconds(30 * 24 * 3600))).param("id", inspector.id()).update();
        PageSession session = PageSession.signedIn(port, inspector.username());
        assertThat(session.get("/people/" + northChild).status()).isEqualTo(200);

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/users/" + inspector.id()).csrf();
        admin.post("/admin/users/" + inspector.id(), "active", "yes", "lastDayDay", "" + yesterday.getDayOfMonth(),
                "lastDayMonth", "" + yesterday.getMonthValue(), "lastDayYear", "" + yesterday.getYear(), "lineManagerId", "",
                "_csrf", csrf);
        Instant expires = jdbc.sql("SELECT access_expires_at FROM app_user WHERE id = :id").param("id", inspector.id())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(expires).as("the last day ends at the UK midnight after it")
                .isEqualTo(yesterday.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant());

        PageSession.Page next = session.get("/people/" + northChild);
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/sign-in?expired");
        assertThat(session.get("/sign-in?expired").body()).contains("Your access has expired");
        assertThat(new Api(port, inspector.username()).get("/api/v1/people/" + northChild).status()).isEqualTo(401);
    }

    @Test
    void aSocialWorkerMovedToAnotherTeamStopsSeeingTheOldTeamsChildrenAtOnce() {
        long southChild = fixtures.child("Sid", Fixtures.uniqueSurname("Session"), LocalDate.of(2015, 2, 1));
        fixtures.allocate(southChild, SOUTH);
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, NORTH);
        PageSession session = PageSession.signedIn(port, worker.username());
        assertThat(session.get("/people/" + northChild).status()).isEqualTo(200);
        assertThat(session.get("/people/" + southChild).status()).isEqualTo(403);

        accounts.moveTeam(worker, SOUTH);

        assertThat(session.get("/people/" + northChild).status()).as("the old team's child").isEqualTo(403);
        assertThat(session.get("/people/" + southChild).status()).as("the new team's child").isEqualTo(200);
    }

    @Test
    void aChangedRoleReachesTheUrlRulesOfAnOpenSession() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, NORTH);
        PageSession session = PageSession.signedIn(port, worker.username());
        assertThat(session.get("/admin/users").status()).isEqualTo(403);

        jdbc.sql("UPDATE app_user SET role = 'ADMIN' WHERE id = :id").param("id", worker.id()).update();
        assertThat(session.get("/admin/users").status()).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET role = 'SOCIAL_WORKER' WHERE id = :id").param("id", worker.id()).update();
        assertThat(session.get("/admin/users").status()).isEqualTo(403);
    }

    /** An identity provider's sign-in holds the provider's user: the same checks apply to the account inside it. */
    @Test
    void anOidcSessionIsRefreshedWhenTheAccountChangesAndEndedWhenItCloses() throws Exception {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, NORTH);
        CurrentUser atSignIn = users.findById(worker.id()).orElseThrow();
        Instant now = Instant.now(clock);
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(3600),
                Map.of("sub", "council-" + worker.id(), "preferred_username", worker.username()));
        OidcCurrentUser principal = new OidcCurrentUser(atSignIn, idToken, null, "preferred_username");
        OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "council");
        CurrentAccessFilter filter = new CurrentAccessFilter(users, checks);

        accounts.moveTeam(worker, SOUTH);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse refreshed = run(filter, signedIn, session);
        assertThat(refreshed.getRedirectedUrl()).isNull();
        Object saved = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser inSession = CurrentUsers.of(((org.springframework.security.core.context.SecurityContext) saved).getAuthentication());
        assertThat(inSession.teamIds()).isNotEqualTo(atSignIn.teamIds()).isEqualTo(users.findById(worker.id()).orElseThrow().teamIds());

        jdbc.sql("UPDATE app_user SET active = false WHERE id = :id").param("id", worker.id()).update();
        MockHttpSession open = new MockHttpSession();
        MockHttpServletResponse ended = run(filter, signedIn, open);
        assertThat(ended.getRedirectedUrl()).isEqualTo("/sign-in?closed");
        assertThat(open.isInvalid()).isTrue();
    }

    private static MockHttpServletResponse run(CurrentAccessFilter filter, OAuth2AuthenticationToken auth, MockHttpSession session)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            filter.doFilter(request, response, new MockFilterChain());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    @Test
    void expiryIsJudgedByTheApplicationsClock() {
        Accounts.Account inspector = accounts.create(Role.INSPECTOR, null);
        CurrentUser now = users.findById(inspector.id()).orElseThrow();
        Instant t = Instant.now(clock);
        CurrentUser endingSoon = new CurrentUser(now.id(), now.username(), null, now.displayName(), now.role(), true,
                t.plusSeconds(60), now.teamIds(), now.serviceAreaTeamIds(), false);
        CurrentUser ended = new CurrentUser(now.id(), now.username(), null, now.displayName(), now.role(), true,
                t.minusSeconds(1), now.teamIds(), now.serviceAreaTeamIds(), false);
        assertThat(checks.refusal(endingSoon)).isEmpty();
        assertThat(checks.refusal(ended)).contains(AccountChecks.Refusal.EXPIRED);
        // A clock an hour ahead already sees the first one as ended: the check asks the injected Clock, not the JVM's.
        AccountChecks anHourLater = new AccountChecks(Clock.offset(clock, java.time.Duration.ofHours(1)));
        assertThat(anHourLater.refusal(endingSoon)).contains(AccountChecks.Refusal.EXPIRED);
    }
}
