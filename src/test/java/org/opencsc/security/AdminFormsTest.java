package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's forms refuse what they must, on the page, keeping what was typed and saving nothing. */
@IntegrationTest
class AdminFormsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private Instant expiry(long id) {
        return jdbc.sql("SELECT access_expires_at FROM app_user WHERE id = :id").param("id", id).query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    private PageSession.Page save(PageSession admin, long id, LocalDate lastDay) {
        String csrf = admin.get("/admin/users/" + id).csrf();
        return admin.post("/admin/users/" + id, "active", "yes",
                "lastDayDay", lastDay == null ? "" : "" + lastDay.getDayOfMonth(),
                "lastDayMonth", lastDay == null ? "" : "" + lastDay.getMonthValue(),
                "lastDayYear", lastDay == null ? "" : "" + lastDay.getYear(), "lineManagerId", "", "_csrf", csrf);
    }

    @Test
    void anInspectorsAccountAlwaysEndsWithinTheLimit() {
        Accounts.Account inspector = new Accounts(jdbc).create(Role.INSPECTOR, null);
        LocalDate today = LocalDate.now(clock);
        PageSession admin = PageSession.signedIn(port, "admin");
        assertThat(save(admin, inspector.id(), today.plusDays(20)).status()).isEqualTo(302);
        Instant set = expiry(inspector.id());
        assertThat(set).isNotNull();

        PageSession.Page emptied = save(admin, inspector.id(), null);
        assertThat(emptied.status()).isEqualTo(200);
        assertThat(emptied.body()).contains("govuk-error-summary").contains("Enter the last day of the inspector’s access");
        assertThat(emptied.isChecked("active", "yes")).as("what was typed is kept").isTrue();
        assertThat(expiry(inspector.id())).as("the time box stays").isEqualTo(set);

        LocalDate tooFar = today.plusDays(91);
        PageSession.Page far = save(admin, inspector.id(), tooFar);
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.body()).contains("at most 90 days from today");
        assertThat(far.inputValue("lastDayYear")).isEqualTo("" + tooFar.getYear());
        assertThat(far.inputValue("lastDayDay")).isEqualTo("" + tooFar.getDayOfMonth());
        assertThat(expiry(inspector.id())).isEqualTo(set);

        Accounts.Account worker = new Accounts(jdbc).create(Role.SOCIAL_WORKER, null);
        assertThat(save(admin, worker.id(), null).status()).as("other accounts need no end").isEqualTo(302);
    }

    @Test
    void unlockingWithoutAKindOrKeyIsABadRequestShownOnThePage() {
        PageSession admin = PageSession.signedIn(port, "admin");
        for (String[] form : new String[][] {{"", "someone"}, {"BOGUS", "someone"}, {"ACCOUNT", ""}}) {
            String csrf = admin.get("/admin/sign-ins").csrf();
            PageSession.Page page = admin.post("/admin/sign-ins/unlock", "kind", form[0], "key", form[1], "_csrf", csrf);
            assertThat(page.status()).as(String.join(",", form)).isEqualTo(400);
            assertThat(page.body()).contains("govuk-error-summary").contains("Choose what to unlock with its Unlock button")
                    .contains("<h1 class=\"govuk-heading-l\">Sign-ins</h1>");
        }
        String csrf = admin.get("/admin/sign-ins").csrf();
        PageSession.Page missing = admin.post("/admin/sign-ins/unlock", "_csrf", csrf);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Choose what to unlock");
    }
}
