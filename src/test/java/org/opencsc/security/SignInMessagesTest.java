package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a refused sign-in or form says: an inspector whose access has ended is told when (once the
 * password is right, and only then); a form sent from a session that has since ended is not
 * called a lack of permission.
 */
@IntegrationTest
class SignInMessagesTest {

    private static final String ENDED = "Your access to OpenCSC ended on ";

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

    /** Signs in and returns the message the sign-in page then shows. */
    private String signInMessage(String username, String password) {
        PageSession session = PageSession.anonymous(port);
        PageSession.Page result = session.signIn(username, password);
        assertThat(result.location()).contains("/sign-in?error");
        return session.get("/sign-in?error").body();
    }

    @Test
    void anInspectorWhoseAccessEndedIsToldWhenOnceThePasswordIsRight() {
        Accounts.Account inspector = new Accounts(jdbc).create(Role.INSPECTOR, null);
        LocalDate lastDay = LocalDate.now(clock).minusDays(3);
        jdbc.sql("UPDATE app_user SET access_expires_at = :t WHERE id = :id")
                .param("t", Timestamp.from(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .param("id", inspector.id()).update();
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(lastDay);

        assertThat(signInMessage(inspector.username(), "demo")).contains(ENDED + day + ".");
        Api.Response api = new Api(port, inspector.username()).get("/api/v1/work/mine");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().get("detail").asString()).contains("ended on " + day);

        for (String[] attempt : new String[][] {{inspector.username(), "wrong"}, {"nobody-" + inspector.username(), "demo"}}) {
            String page = signInMessage(attempt[0], attempt[1]);
            assertThat(page).as("a wrong password or an unknown username learns nothing").contains("Enter a correct username and password")
                    .doesNotContain(ENDED);
        }
    }

    @Test
    void aFormSentAfterSigningOutAndInAgainSaysTheSessionChangedAndOffersSignIn() {
        long child = new Fixtures(people, users, jdbc).child("Cal", Fixtures.uniqueSurname("Stale"), LocalDate.of(2016, 1, 1));
        new Fixtures(people, users, jdbc).allocate(child, "Safeguarding team North");
        PageSession session = PageSession.signedIn(port, "social");
        String stale = session.get("/people/" + child + "/case-notes/new").csrf();
        session.post("/sign-out", "_csrf", stale);
        assertThat(session.signIn("social", "demo").location()).doesNotContain("error");

        PageSession.Page sent = session.post("/people/" + child + "/case-notes", "type", "PHONE_CALL", "summary", "Called",
                "_csrf", stale);

        assertThat(sent.status()).isEqualTo(403);
        assertThat(sent.body()).contains("Your session has changed or expired; sign in again and resend the form")
                .contains("href=\"/sign-in\"").doesNotContain("You do not have access");
        PageSession.Page expired = PageSession.anonymous(port).post("/people/" + child + "/case-notes", "_csrf", "from-an-old-session");
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.body()).contains("Your session has changed or expired");
    }

    @Test
    void aRoleRefusalStillSaysSo() {
        PageSession.Page page = PageSession.signedIn(port, "social").get("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Your role does not give you access to this page").doesNotContain("session has changed");
    }
}
