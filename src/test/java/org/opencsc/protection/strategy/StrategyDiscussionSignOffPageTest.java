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
    void eachAttendeeSignsOffInTurnFromOnePageAndOnlyACorrectionSinceIsAConflict() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.s47Started(r, LocalDate.of(2025, 5, 6));
        long id = jdbc.sql("SELECT id FROM strategy_discussion WHERE person_id = ?").params(r.child()).query(Long.class).single();
        long police = jdbc.sql("SELECT id FROM strategy_attendee WHERE discussion_id = ? AND agency = 'POLICE'").params(id)
                .query(Long.class).single();
        long health = jdbc.sql("SELECT id FROM strategy_attendee WHERE discussion_id = ? AND agency = 'HEALTH'").params(id)
                .query(Long.class).single();
        long education = jdbc.sql("SELECT id FROM strategy_attendee WHERE discussion_id = ? AND agency = 'EDUCATION'").params(id)
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

        // The health representative signs off from the same page, after the police: both succeed (the issue: one
        // party's sign-off made every other party's button on the page "changed by someone else").
        PageSession.Page second = social.post(path + "/attendees/" + health + "/sign-off", "_csrf", page.csrf(), "version", "0");
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).endsWith(path + "?signedOff");
        assertThat(count(social.get(path).body(), "Record sign-off")).isEqualTo(2);
        PageSession.Page twice = social.post(path + "/attendees/" + police + "/sign-off", "_csrf", page.csrf(), "version", "0");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("There is a problem").contains("DS Lowe has already signed off this record");

        // A true concurrent change: the record is corrected after the page was read, so a sign-off of what it said is refused.
        PageSession.Page corrected = social.post(path + "/amendments", "_csrf", page.csrf(), "version", "0",
                "field", "information", "information", "Shared by all agencies, and the school's log", "reason", "Log left out");
        assertThat(corrected.status()).isEqualTo(302);
        PageSession.Page stale = social.post(path + "/attendees/" + education + "/sign-off", "_csrf", page.csrf(), "version", "0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("There is a problem").contains("corrected since you read it")
                .as("the record as it is now").contains("Shared by all agencies, and the school");
        PageSession.Page stillOpen = social.get(path);
        assertThat(stillOpen.body()).contains("id=\"sign-off-" + education + "\"");

        PageSession inspector = PageSession.signedIn(port, "inspector");
        PageSession.Page readOnly = inspector.get(path);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(count(readOnly.body(), "Record sign-off")).isZero();
        assertThat(inspector.post(path + "/attendees/" + education + "/sign-off", "_csrf", readOnly.csrf(), "version", "1").status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM strategy_attendee WHERE discussion_id = ? AND signed_off_at IS NOT NULL")
                .params(id).query(Long.class).single()).isEqualTo(2);
    }
}
