package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding 9: integrations call the API with a bearer token instead of paying a bcrypt check on
 * every call: an administrator's API token (acting as one account, never beyond its role), or
 * the council identity provider's JWT (here signed with a test key the test context trusts).
 */
@IntegrationTest
class ApiTokensTest {

    static final String NORTH = "Safeguarding team North";
    static final Pattern TOKEN = Pattern.compile("ocsc_[A-Za-z0-9_-]{43}");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    CountingPasswordEncoder passwords;
    @Autowired
    Clock clock;
    @Autowired
    TestClock testClock;
    @LocalServerPort
    int port;

    Accounts accounts;
    Fixtures fixtures;
    long northChild;
    long southChild;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(jdbc);
        fixtures = new Fixtures(people, users, jdbc);
        northChild = fixtures.child("Tia", Fixtures.uniqueSurname("Token"), LocalDate.of(2014, 5, 1));
        fixtures.allocate(northChild, NORTH);
        southChild = fixtures.child("Tom", Fixtures.uniqueSurname("Token"), LocalDate.of(2013, 5, 1));
        fixtures.allocate(southChild, "Safeguarding team South");
    }

    /** Issues a token through the administrator's page; returns the token shown once. */
    private String issue(Accounts.Account account, boolean readOnly) {
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/api-tokens/new").csrf();
        PageSession.Page issued = readOnly
                ? admin.post("/admin/api-tokens", "userId", "" + account.id(), "purpose", "Test feed", "days", "30", "readOnly", "yes",
                "_csrf", csrf)
                : admin.post("/admin/api-tokens", "userId", "" + account.id(), "purpose", "Test feed", "days", "30", "_csrf", csrf);
        assertThat(issued.status()).isEqualTo(200);
        Matcher m = TOKEN.matcher(issued.body());
        assertThat(m.find()).as("the token is shown once").isTrue();
        return m.group();
    }

    private long tokenId(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE token_sha256 = :h").param("h", ApiTokens.sha256(token))
                .query(Long.class).single();
    }

    @Test
    void aTokenActsAsItsAccountWithoutABcryptCheckAndItsLastUseIsRecorded() {
        Accounts.Account service = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        String token = issue(service, false);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_sha256 = :t").param("t", token).query(Long.class).single())
                .as("only the hash is stored").isZero();
        assertThat(PageSession.signedIn(port, "admin").get("/admin/api-tokens").body()).contains("Test feed").doesNotContain(token);

        Api api = Api.bearer(port, token);
        long before = passwords.checks();
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + southChild).status()).as("no further than the account's teams").isEqualTo(403);
        Api.Response note = api.post("/api/v1/children/" + northChild + "/case-notes",
                "{\"type\": \"PHONE_CALL\", \"occurredAt\": \"%s\", \"summary\": \"Called school\", \"text\": \"Better\"}"
                        .formatted(Instant.now(clock).minusSeconds(3600)));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(passwords.checks()).as("bearer token calls run no bcrypt").isEqualTo(before);
        assertThat(new Api(port, "social").get("/api/v1/people/" + northChild).status()).isIn(200, 403);
        assertThat(passwords.checks()).as("while HTTP Basic runs one per call").isEqualTo(before + 1);

        Timestamp used = jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id").param("id", tokenId(token))
                .query(Timestamp.class).single();
        assertThat(used).isNotNull();
        assertThat(used.toInstant()).isBetween(Instant.now(clock).minusSeconds(60), Instant.now(clock).plusSeconds(1));
    }

    @Test
    void aRevokedAnExpiredOrAnUnknownTokenIsRefusedWith401ProblemJson() {
        Accounts.Account service = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        String revoked = issue(service, false);
        String expired = issue(service, false);
        assertThat(Api.bearer(port, revoked).get("/api/v1/people/" + northChild).status()).isEqualTo(200);

        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/api-tokens").csrf();
        assertThat(admin.post("/admin/api-tokens/" + tokenId(revoked) + "/revoke", "_csrf", csrf).location())
                .endsWith("/admin/api-tokens?revoked=" + tokenId(revoked));
        for (String token : new String[] {revoked, "ocsc_" + "A".repeat(43), "not-even-a-jwt"}) {
            assertRefused(Api.bearer(port, token).get("/api/v1/people/" + northChild), token);
        }
        assertThat(Api.bearer(port, expired).get("/api/v1/people/" + northChild).status()).isEqualTo(200);
        // Issued for 30 days: 31 days on, it has expired (a token's dates cannot be changed in the database).
        testClock.set(Instant.now(clock).plus(Duration.ofDays(31)));
        assertRefused(Api.bearer(port, expired).get("/api/v1/people/" + northChild), "expired");
    }

    private static void assertRefused(Api.Response r, String token) {
        assertThat(r.status()).as(token).isEqualTo(401);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("bearer token is not valid");
    }

    @Test
    void aTokenStopsWorkingWhenItsAccountIsClosedOrNoLongerHoldsTheRoleItWasIssuedFor() {
        Accounts.Account service = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        String token = issue(service, false);
        Api api = Api.bearer(port, token);
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET role = 'TEAM_MANAGER' WHERE id = :id").param("id", service.id()).update();
        assertThat(api.get("/api/v1/people/" + southChild).status()).as("no manager's reach from a social worker's token").isEqualTo(401);
        jdbc.sql("UPDATE app_user SET role = 'SOCIAL_WORKER' WHERE id = :id").param("id", service.id()).update();
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET active = false WHERE id = :id").param("id", service.id()).update();
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(401);
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        Accounts.Account service = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        Api api = Api.bearer(port, issue(service, true));
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);
        Api.Response write = api.post("/api/v1/children/" + northChild + "/case-notes",
                "{\"type\": \"PHONE_CALL\", \"summary\": \"Called\", \"text\": \"Text\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).contains("application/problem+json");
        assertThat(write.json().get("detail").asString()).contains("read-only");
    }

    @Test
    void theIssuePageRefusesAClosedAccountAndABadLengthKeepingWhatWasTyped() {
        Accounts.Account closed = accounts.integration(Role.SOCIAL_WORKER, NORTH);
        jdbc.sql("UPDATE app_user SET active = false WHERE id = :id").param("id", closed.id()).update();
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/api-tokens/new").csrf();
        PageSession.Page page = admin.post("/admin/api-tokens", "userId", "" + closed.id(), "purpose", "Warehouse feed",
                "days", "1.5", "_csrf", csrf);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("closed or has expired").contains("a whole number from 1 to 365");
        assertThat(page.inputValue("purpose")).isEqualTo("Warehouse feed");
        assertThat(page.inputValue("days")).isEqualTo("1.5");
        assertThat(TOKEN.matcher(page.body()).find()).isFalse();
    }

    // ------------------------------------------------------------------ the identity provider's JWTs

    private static String jwt(String username, Instant expires, PrivateKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("idp-" + username).claim("preferred_username", username)
                .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static PrivateKey testKey() throws Exception {
        String pem = new ClassPathResource("security/test-jwt-private.pem").getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    @Test
    void theIdentityProvidersJwtIsMatchedToTheAccountWhichDecidesWhatItMaySee() throws Exception {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, NORTH);
        Instant inAnHour = Instant.now().plusSeconds(3600);
        Api api = Api.bearer(port, jwt(worker.username(), inAnHour, testKey()));
        long before = passwords.checks();
        assertThat(api.get("/api/v1/people/" + northChild).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + southChild).status()).isEqualTo(403);
        assertThat(passwords.checks()).isEqualTo(before);

        assertThat(Api.bearer(port, jwt("nobody-" + worker.username(), inAnHour, testKey())).get("/api/v1/work/mine").status())
                .as("no OpenCSC account").isEqualTo(401);
        assertThat(Api.bearer(port, jwt(worker.username(), Instant.now().minusSeconds(120), testKey()))
                .get("/api/v1/work/mine").status()).as("expired").isEqualTo(401);
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        assertThat(Api.bearer(port, jwt(worker.username(), inAnHour, stranger)).get("/api/v1/work/mine").status())
                .as("signed by another key").isEqualTo(401);
        jdbc.sql("UPDATE app_user SET active = false WHERE id = :id").param("id", worker.id()).update();
        assertThat(api.get("/api/v1/people/" + northChild).status()).as("a closed account").isEqualTo(401);
    }
}
