package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding 8: password guessing is throttled per username and per network address, on the sign-in
 * form and on HTTP Basic alike; locks end by the clock or by an administrator. Each test signs in
 * from its own address (X-Forwarded-For from the loopback proxy), so no lock reaches other tests.
 */
@IntegrationTest
class SignInThrottleTest {

    static final String LOCKED = "Too many failed sign-ins";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CountingPasswordEncoder passwords;
    @LocalServerPort
    int port;

    Accounts accounts;
    String address;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(jdbc);
        address = testAddress();
    }

    /** An address in the documentation range (RFC 5737), different for every test. */
    private static String testAddress() {
        int n = UUID.randomUUID().hashCode() & 0xffff;
        return "198.51." + (n >> 8) + "." + (n & 0xff);
    }

    private PageSession.Page signIn(String username, String password) {
        PageSession session = PageSession.from(port, address);
        PageSession.Page result = session.signIn(username, password);
        if (result.location() == null || !result.location().contains("/sign-in?error")) {
            return result;
        }
        java.net.URI back = java.net.URI.create(result.location());
        return session.get(back.getRawPath() + "?" + back.getRawQuery());
    }

    @Test
    void aUsernameWithAControlCharacterIsRefusedLikeAWrongPasswordNotA500() {
        String basic = java.util.Base64.getEncoder().encodeToString("soc\u0000ial:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Response refused = new Api(port, null, null, "Authorization", "Basic " + basic).get("/api/v1/work/mine");
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
    }

    @Test
    void tenWrongPasswordsLockTheUsernameEvenForTheRightPasswordUntilAnAdministratorUnlocksIt() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        for (int i = 1; i <= 10; i++) {
            PageSession.Page refused = signIn(worker.username(), "guess" + i);
            assertThat(refused.body()).as("attempt " + i).contains("Enter a correct username and password").doesNotContain(LOCKED);
        }
        long checksBefore = passwords.checks();
        PageSession.Page locked = signIn(worker.username(), "demo");
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body()).contains("govuk-error-summary").contains(LOCKED).contains("ask your system administrator");
        assertThat(passwords.checks()).as("a locked sign-in checks no password").isEqualTo(checksBefore);

        PageSession admin = PageSession.signedIn(port, "admin");
        PageSession.Page page = admin.get("/admin/sign-ins");
        assertThat(page.body()).contains("Username " + worker.username()).contains(address);
        assertThat(admin.get("/admin/users/" + worker.id()).body()).contains("Sign-in is locked until");
        assertThat(admin.post("/admin/sign-ins/unlock", "kind", "ACCOUNT", "key", worker.username(), "_csrf", page.csrf()).location())
                .endsWith("/admin/sign-ins?unlocked");
        assertThat(jdbc.sql("SELECT unlocked_by FROM sign_in_unlock WHERE key = :k").param("k", worker.username())
                .query(String.class).single()).isEqualTo("admin");

        PageSession.Page in = signIn(worker.username(), "demo");
        assertThat(in.status()).isEqualTo(302);
        assertThat(in.location()).doesNotContain("error");
    }

    @Test
    void aLockEndsAfterItsPeriodAndTheNextFailureLocksAgainUntilASuccess() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        for (int i = 0; i < 10; i++) {
            signIn(worker.username(), "wrong");
        }
        Instant until = lockedUntil("ACCOUNT", worker.username());
        assertThat(until).isEqualTo(lastFailure(worker.username()).plusSeconds(30 * 60));

        // The half hour passes (the lock is moved behind the application's clock rather than waited for).
        jdbc.sql("UPDATE sign_in_throttle SET locked_until = :t WHERE kind = 'ACCOUNT' AND key = :k")
                .param("t", Timestamp.from(Instant.now(clock).minusSeconds(1))).param("k", worker.username()).update();
        assertThat(signIn(worker.username(), "wrong again").body()).contains("Enter a correct username and password");
        assertThat(signIn(worker.username(), "demo").body()).as("one more failure locked it again").contains(LOCKED);

        jdbc.sql("UPDATE sign_in_throttle SET locked_until = :t WHERE kind = 'ACCOUNT' AND key = :k")
                .param("t", Timestamp.from(Instant.now(clock).minusSeconds(1))).param("k", worker.username()).update();
        assertThat(signIn(worker.username(), "demo").location()).doesNotContain("error");
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND key = :k")
                .param("k", worker.username()).query(Long.class).single()).as("a success clears the count").isZero();
    }

    @Test
    void aUsernameThatIsNoAccountIsLockedTheSameWaySoTheMessageRevealsNothing() {
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        for (int i = 0; i < 10; i++) {
            signIn(nobody, "guess");
            signIn(worker.username(), "guess");
        }
        String forNobody = errorSummary(signIn(nobody, "demo").body());
        String forWorker = errorSummary(signIn(worker.username(), "demo").body());
        assertThat(forNobody).contains(LOCKED).isEqualTo(forWorker);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE username = :u AND reason = 'BAD_CREDENTIALS'")
                .param("u", nobody).query(Long.class).single()).isEqualTo(10);
    }

    private static String errorSummary(String body) {
        int start = body.indexOf("govuk-error-summary__list");
        return body.substring(start, body.indexOf("</ul>", start));
    }

    @Test
    void fiftyFailuresFromOneAddressLockItForEveryUsernameButNotOtherAddresses() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        for (int i = 0; i < 50; i++) {
            signIn("spray" + i + UUID.randomUUID().toString().substring(0, 4), "Password1");
        }
        assertThat(signIn(worker.username(), "demo").body()).as("the sprayer's address").contains(LOCKED);
        address = testAddress();
        assertThat(signIn(worker.username(), "demo").location()).as("another address").doesNotContain("error");
    }

    @Test
    void httpBasicOnTheApiIsThrottledTooAndSaysWhenToTryAgain() {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        for (int i = 0; i < 10; i++) {
            Api.Response wrong = new Api(port, worker.username(), "guess" + i).withHeader("X-Forwarded-For", address).get("/api/v1/work/mine");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain(LOCKED);
        }
        Api.Response locked = new Api(port, worker.username()).withHeader("X-Forwarded-For", testAddress()).get("/api/v1/work/mine");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).contains("application/problem+json");
        assertThat(locked.json().get("detail").asString()).contains(LOCKED);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 30L * 60);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE username = :u AND channel = 'API'")
                .param("u", worker.username()).query(Long.class).single()).isEqualTo(11);
    }

    /**
     * Guesses sent all at once get no more password checks than guesses sent one by one: each
     * check counts from before it starts, not from when it fails. The right password, sent once
     * ten of the wrong ones have been answered, finds the allowance spent and is refused.
     */
    @Test
    void parallelGuessesForOneUsernameGetNoMoreThanTenPasswordChecks() throws Exception {
        Accounts.Account worker = accounts.create(Role.SOCIAL_WORKER, "Safeguarding team North");
        int wrong = 39;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch tenAnswered = new CountDownLatch(10);
        ExecutorService pool = Executors.newFixedThreadPool(wrong + 1);
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < wrong; i++) {
                String guess = "guess" + i;
                guesses.add(pool.submit(() -> {
                    start.await();
                    int status = basic(worker.username(), guess).status();
                    tenAnswered.countDown();
                    return status;
                }));
            }
            Future<Api.Response> right = pool.submit(() -> {
                tenAnswered.await();
                return basic(worker.username(), "demo");
            });
            start.countDown();
            for (Future<Integer> guess : guesses) {
                assertThat(guess.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
            Api.Response answer = right.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as("the right password after the allowance").isEqualTo(401);
            assertThat(answer.json().get("detail").asString()).contains(LOCKED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures("username", worker.username(), "BAD_CREDENTIALS")).as("passwords checked").isEqualTo(10);
        assertThat(failures("username", worker.username(), "LOCKED")).isEqualTo(wrong + 1 - 10);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_attempt WHERE account_key = :k").param("k", worker.username())
                .query(Long.class).single()).as("no check left counted as under way").isZero();
    }

    @Test
    void parallelGuessesFromOneAddressGetNoMoreThanFiftyPasswordChecks() throws Exception {
        int guesses = 70;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String username = "spray" + i + UUID.randomUUID().toString().substring(0, 6);
                answers.add(pool.submit(() -> {
                    start.await();
                    return basic(username, "Password1").status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures("address", address, "BAD_CREDENTIALS")).as("passwords checked").isEqualTo(50);
        assertThat(failures("address", address, "LOCKED")).isEqualTo(guesses - 50);
    }

    private Api.Response basic(String username, String password) {
        return new Api(port, username, password).withHeader("X-Forwarded-For", address).get("/api/v1/work/mine");
    }

    private long failures(String column, String value, String reason) {
        return jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE " + column + " = :v AND reason = :r")
                .param("v", value).param("r", reason).query(Long.class).single();
    }

    private Instant lockedUntil(String kind, String key) {
        return jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE kind = :kind AND key = :k")
                .param("kind", kind).param("k", key).query(Timestamp.class).single().toInstant();
    }

    private Instant lastFailure(String username) {
        return jdbc.sql("SELECT max(at) FROM sign_in_failure WHERE username = :u").param("u", username)
                .query(Timestamp.class).single().toInstant();
    }
}
