package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens are for integrations: an administrator cannot issue one that acts as a person (and
 * so read what that person may, restricted records included, as them), an integration account
 * cannot sign in, and each token's issue, revocation and every use can be traced.
 */
@IntegrationTest
class IntegrationAccountsTest {

    static final String NORTH = "Safeguarding team North";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Accounts accounts;
    long northChild;
    long southChild;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(jdbc);
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        northChild = fixtures.child("Ivy", Fixtures.uniqueSurname("Feed"), LocalDate.of(2015, 6, 1));
        fixtures.allocate(northChild, NORTH);
        southChild = fixtures.child("Ian", Fixtures.uniqueSurname("Feed"), LocalDate.of(2014, 6, 1));
        fixtures.allocate(southChild, "Safeguarding team South");
    }

    private PageSession.Page issue(PageSession admin, long userId) {
        String csrf = admin.get("/admin/api-tokens/new").csrf();
        return admin.post("/admin/api-tokens", "userId", "" + userId, "purpose", "Case feed", "days", "30", "_csrf", csrf);
    }

    private String issued(long userId) {
        PageSession.Page page = issue(PageSession.signedIn(port, "admin"), userId);
        Matcher m = ApiTokensTest.TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group();
    }

    private long tokenId(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE token_sha256 = :h").param("h", ApiTokens.sha256(token))
                .query(Long.class).single();
    }

    private long tokensFor(long userId, long after) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = :u AND id > :after").param("u", userId).param("after", after)
                .query(Long.class).single();
    }

    @Test
    void noTokenIsIssuedForAPersonsAccountAndTheFormOffersNone() {
        long social = accounts.userId("social");
        long manager = accounts.userId("manager");
        PageSession admin = PageSession.signedIn(port, "admin");
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM api_token").query(Long.class).single();

        for (long person : List.of(social, manager)) {
            PageSession.Page page = issue(admin, person);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("govuk-error-summary").contains("account is a person’s")
                    .contains("Set up an integration account");
            assertThat(ApiTokensTest.TOKEN.matcher(page.body()).find()).isFalse();
            assertThat(tokensFor(person, before)).isZero();
        }
        String form = admin.get("/admin/api-tokens/new").body();
        assertThat(form).doesNotContain("value=\"" + social + "\"").doesNotContain("(social)");
    }

    @Test
    void aTokenMadeForAPersonsAccountBeforeTheRuleDoesNotWork() {
        // As a token issued before integration accounts existed would be: bound to Sam Social.
        String token = "ocsc_" + "p".repeat(43);
        jdbc.sql("""
                        INSERT INTO api_token (token_sha256, user_id, role, read_only, purpose, issued_at, issued_by, expires_at)
                        VALUES (?, ?, 'SOCIAL_WORKER', false, 'Old token', ?, 'admin', ?)
                        """)
                .params(ApiTokens.sha256(token), accounts.userId("social"), Timestamp.from(Instant.now(clock)),
                        Timestamp.from(Instant.now(clock).plus(Duration.ofDays(30))))
                .update();
        assertThat(Api.bearer(port, token).get("/api/v1/people/" + northChild).status()).isEqualTo(401);
    }

    @Test
    void anIntegrationAccountIsSetUpOnTheAdminPagesAndCannotSignIn() {
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/users/integrations/new").csrf();
        PageSession.Page refused = admin.post("/admin/users/integrations", "displayName", "Warehouse", "username", "Bad Name!",
                "role", "NOT_A_ROLE", "teamId", "", "_csrf", csrf);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("lower-case letters").contains("Choose the role");
        assertThat(refused.inputValue("displayName")).isEqualTo("Warehouse");
        assertThat(refused.inputValue("username")).isEqualTo("Bad Name!");

        String username = Fixtures.uniqueSurname("warehouse");
        long north = jdbc.sql("SELECT id FROM team WHERE name = :n").param("n", NORTH).query(Long.class).single();
        PageSession.Page created = admin.post("/admin/users/integrations", "displayName", "Warehouse", "username", username,
                "role", "SOCIAL_WORKER", "teamId", "" + north, "_csrf", refused.csrf());
        assertThat(created.status()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u AND kind = 'INTEGRATION' AND password_hash IS NULL")
                .param("u", username).query(Long.class).single();
        assertThat(created.location()).endsWith("/admin/api-tokens/new?userId=" + id);
        assertThat(admin.get("/admin/api-tokens/new?userId=" + id).isSelected("userId", "" + id)).isTrue();

        Api api = Api.bearer(port, issued(id));
        assertThat(api.get("/api/v1/people/" + northChild).status()).as("its team's children").isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + southChild).status()).isEqualTo(403);
        PageSession.Page signIn = PageSession.anonymous(port).signIn(username, "");
        assertThat(signIn.location()).as("no password sign-in").contains("/sign-in?error");
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_user SET password_hash = 'x' WHERE id = :id").param("id", id).update())
                .as("an integration account never has a password").isInstanceOf(DataAccessException.class);
    }

    @Test
    void anInspectorIntegrationNeedsALastDayWithinTheInspectorLimitAndNoneMayBeAnAdministrator() {
        PageSession admin = PageSession.signedIn(port, "admin");
        PageSession.Page form = admin.get("/admin/users/integrations/new");
        assertThat(form.body()).contains("value=\"INSPECTOR\"").doesNotContain("value=\"ADMIN\"");
        String username = Fixtures.uniqueSurname("inspection-feed").toLowerCase();
        LocalDate today = LocalDate.now(clock);

        PageSession.Page noDay = admin.post("/admin/users/integrations", "displayName", "Inspection feed", "username", username,
                "role", "INSPECTOR", "teamId", "", "_csrf", form.csrf());
        assertThat(noDay.status()).isEqualTo(200);
        assertThat(noDay.body()).contains("govuk-error-summary").contains("Enter the last day of the inspector’s access");
        LocalDate tooLate = today.plusDays(91);
        PageSession.Page late = admin.post("/admin/users/integrations", "displayName", "Inspection feed", "username", username,
                "role", "INSPECTOR", "teamId", "", "lastDayDay", "" + tooLate.getDayOfMonth(),
                "lastDayMonth", "" + tooLate.getMonthValue(), "lastDayYear", "" + tooLate.getYear(), "_csrf", form.csrf());
        assertThat(late.body()).contains("at most 90 days from today");
        assertThat(late.inputValue("lastDayDay")).isEqualTo("" + tooLate.getDayOfMonth());
        PageSession.Page asAdmin = admin.post("/admin/users/integrations", "displayName", "Admin feed", "username", username,
                "role", "ADMIN", "teamId", "", "_csrf", form.csrf());
        assertThat(asAdmin.body()).contains("cannot be a system administrator");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", username).query(Long.class).single())
                .as("nothing saved").isZero();

        LocalDate lastDay = today.plusDays(10);
        PageSession.Page created = admin.post("/admin/users/integrations", "displayName", "Inspection feed", "username", username,
                "role", "INSPECTOR", "teamId", "", "lastDayDay", "" + lastDay.getDayOfMonth(),
                "lastDayMonth", "" + lastDay.getMonthValue(), "lastDayYear", "" + lastDay.getYear(), "_csrf", form.csrf());
        assertThat(created.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT access_expires_at FROM app_user WHERE username = :u").param("u", username)
                .query(Timestamp.class).single().toInstant())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    @Test
    void aTokenCannotOutliveItsAccount() {
        Accounts.Account feed = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        Instant accountEnds = Instant.now(clock).plus(Duration.ofDays(10).plusHours(12));
        jdbc.sql("UPDATE app_user SET access_expires_at = :t WHERE id = :id").param("t", Timestamp.from(accountEnds))
                .param("id", feed.id()).update();
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM api_token").query(Long.class).single();
        PageSession admin = PageSession.signedIn(port, "admin");

        PageSession.Page refused = issue(admin, feed.id());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("so a token for it can last at most 10 days");
        assertThat(tokensFor(feed.id(), before)).isZero();

        String csrf = admin.get("/admin/api-tokens/new").csrf();
        admin.post("/admin/api-tokens", "userId", "" + feed.id(), "purpose", "Case feed", "days", "10", "_csrf", csrf);
        assertThat(jdbc.sql("SELECT expires_at FROM api_token WHERE user_id = :u").param("u", feed.id())
                .query(Timestamp.class).single().toInstant()).isBeforeOrEqualTo(accountEnds);
    }

    @Test
    void everyUseOfATokenIsInTheAccessLogWithTheTokenAndTheAdministratorSeesWhichToken() {
        Accounts.Account feed = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        String token = issued(feed.id());
        long id = tokenId(token);
        Api api = Api.bearer(port, token);

        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + southChild).status()).isEqualTo(403);
        api.get("/api/v1/people?name=" + "Nobodyhere");

        assertThat(jdbc.sql("""
                        SELECT action || ' ' || coalesce(CAST(person_id AS text), '-') FROM access_log
                        WHERE username = :u AND api_token_id = :t ORDER BY id""")
                .param("u", feed.username()).param("t", id).query(String.class).list())
                .containsExactly("VIEW " + northChild, "DENIED " + southChild, "SEARCH -");
        String log = PageSession.signedIn(port, "admin").get("/admin/access-log?personId=" + northChild).body();
        assertThat(log).contains("with API token " + id + " (Case feed)");
    }

    @Test
    void aTokensIssueAndRevocationAreKeptAndCannotBeRewritten() {
        Accounts.Account feed = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        long id = tokenId(issued(feed.id()));
        PageSession admin = PageSession.signedIn(port, "admin");
        admin.post("/admin/api-tokens/" + id + "/revoke", "_csrf", admin.get("/admin/api-tokens").csrf());
        assertThat(jdbc.sql("SELECT issued_by || ' ' || revoked_by FROM api_token WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("admin admin");
        assertThat(admin.get("/admin/api-tokens").body()).contains("Revoked ").contains(" by admin");

        for (String change : List.of("UPDATE api_token SET revoked_at = NULL, revoked_by = NULL WHERE id = :id",
                "UPDATE api_token SET user_id = (SELECT id FROM app_user WHERE username = 'social') WHERE id = :id",
                "UPDATE api_token SET expires_at = expires_at + interval '1 year' WHERE id = :id",
                "DELETE FROM api_token WHERE id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(change).param("id", id).update()).as(change).isInstanceOf(DataAccessException.class);
        }
    }
}
