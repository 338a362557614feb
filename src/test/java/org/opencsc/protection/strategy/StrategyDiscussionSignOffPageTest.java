package org.opencsc.protection.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The strategy discussion's page, reached from the record, and each attendee's sign-off recorded there without JavaScript. */
@IntegrationTest
class StrategyDiscussionSignOffPageTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    static int count(String body, String text) {
        return (int) Pattern.compile(Pattern.quote(text)).matcher(body).results().count();
    }

    @Test
    void eachAttendeeSignsOffInTurn() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.s47Started(r, LocalDate.of(2025, 5, 6));
        long id = jdbc.sql("SELECT id FROM strategy_discussion WHERE person_id = ?").params(r.child()).query(Long.class).single();
        long police = jdbc.sql("SELECT id FROM strategy_attendee WHERE discussion_id = ? AND agency = 'POLICE'").params(id)
                .query(Long.class).single();
        long health = jdbc.sql("SELECT id FROM strategy_attendee WHERE discussion_id = ? AND agency = 'HEALTH'").params(id)
                .query(Long.class).single();
        String path = "/strategy-discussions/" + id;

        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + r.child()).body()).contains("href=\"" + path + "\"").contains("Awaiting sign-off");
        PageSession.Page page = social.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("6 May 2025").contains("DS Lowe").contains("Police").contains("Shared by all agencies")
                .contains("Disclosure and bruising").contains("initial child protection conference due by 28 May 2025");
        assertThat(count(page.body(), "Record sign-off")).isEqualTo(4);

        PageSession.Page signed = social.post(path + "/attendees/" + police + "/sign-off", "_csrf", page.csrf(), "version", "0");
        assertThat(signed.status()).isEqualTo(302);
        assertThat(signed.location()).endsWith(path + "?signedOff");
        PageSession.Page after = social.get(path + "?signedOff");
        assertThat(after.body()).contains("The sign-off has been recorded").contains("recorded by Sam Social");
        assertThat(count(after.body(), "Record sign-off")).isEqualTo(3);

        // A second tab still showing version 0: refused and explained, not lost silently.
        PageSession.Page stale = social.post(path + "/attendees/" + health + "/sign-off", "_csrf", page.csrf(), "version", "0");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("There is a problem").contains("changed by someone else");
        PageSession.Page twice = social.post(path + "/attendees/" + police + "/sign-off", "_csrf", page.csrf(), "version", "1");
        assertThat(twice.body()).contains("DS Lowe has already signed off this record");

        PageSession inspector = PageSession.signedIn(port, "inspector");
        PageSession.Page readOnly = inspector.get(path);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(count(readOnly.body(), "Record sign-off")).isZero();
        assertThat(inspector.post(path + "/attendees/" + health + "/sign-off", "_csrf", readOnly.csrf(), "version", "1").status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM strategy_attendee WHERE discussion_id = ? AND signed_off_at IS NOT NULL")
                .params(id).query(Long.class).single()).isEqualTo(1);
    }
}
