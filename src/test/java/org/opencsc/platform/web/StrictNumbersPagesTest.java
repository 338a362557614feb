package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole numbers on pages (ids in the address, query parameters, hidden versions, date boxes)
 * are read as typed or refused: never as hexadecimal, never with a sign or another script's
 * digits, never moved to a page that exists, never a 500 when too large.
 */
@IntegrationTest
class StrictNumbersPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(people, users, jdbc);
    }

    private long northChild() {
        long child = fixtures.child("Ada", Fixtures.uniqueSurname("Strict"), clock.today().minusYears(7));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    @Test
    void aRecordIdInTheAddressIsDecimalDigitsOrNoPage() {
        long child = northChild();
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + child).status()).isEqualTo(200);
        PageSession.Page hex = social.get("/people/0x" + Long.toHexString(child));
        assertThat(hex.status()).as("Spring would read 0x… as hexadecimal and open the record").isEqualTo(404);
        assertThat(hex.body()).contains("Page not found").doesNotContain("Ada ");
        assertThat(social.get("/people/%2B" + child).status()).isEqualTo(404);
        assertThat(social.get("/visits/new?childId=%23" + Long.toHexString(child)).status()).isEqualTo(400);
    }

    @Test
    void aQueryParameterWithASignIsRefusedNotRead() {
        long team = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        PageSession manager = PageSession.signedIn(port, "manager");
        assertThat(manager.get("/team-work?teamId=" + team).status()).isEqualTo(200);
        PageSession.Page signed = manager.get("/team-work?teamId=%2B" + team);
        assertThat(signed.status()).isEqualTo(400);
        assertThat(signed.body()).contains("is not a valid teamId");
    }

    @Test
    void aChronologyPageThatIsNotThereIsSaidSoNotMovedToTheFirst() {
        long child = northChild();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page zero = social.get("/people/" + child + "/chronology?page=0");
        assertThat(zero.status()).isEqualTo(200);
        assertThat(zero.body()).contains("There is a problem").contains("There is no page 0");
        assertThat(social.get("/people/" + child + "/chronology?page=1.5").status()).isEqualTo(400);
    }

    @Test
    void aDateBoxWithAnotherScriptsDigitIsNotARealDate() {
        long child = northChild();
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/case-notes/new").csrf();
        LocalDate yesterday = clock.today().minusDays(1);
        // "٣" is ARABIC-INDIC DIGIT THREE: Java's Integer.parseInt reads it as 3.
        PageSession.Page refused = social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "occurredDay", "٣", "occurredMonth", String.valueOf(yesterday.getMonthValue()),
                "occurredYear", String.valueOf(yesterday.getYear()), "summary", "Home visit", "text", "Seen at home");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The date it happened must be a real date").contains("href=\"#occurred-day\"");
        assertThat(refused.inputValue("occurredDay")).isEqualTo("٣");
    }

    @Test
    void aWorkerIdTooLargeForANumberIsAChoiceToMakeNotAServerError() {
        var r = journey.referredAndAllocated(clock.today().minusDays(3));
        long referral = r.referral();
        // Undo the fixture's allocation so the referral waits on the allocation page.
        jdbc.sql("UPDATE referral SET worker_id = NULL, team_id = NULL, allocated_by = NULL, allocated_at = NULL WHERE id = ?")
                .params(referral).update();
        int version = jdbc.sql("SELECT version FROM referral WHERE id = ?").params(referral).query(Integer.class).single();
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/referrals/allocation");
        PageSession.Page refused = manager.post("/referrals/" + referral + "/allocation", "_csrf", page.csrf(),
                "version", String.valueOf(version), "worker", "99999999999999999999:1");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Select the worker to allocate to");
        assertThat(manager.post("/referrals/" + referral + "/allocation", "_csrf", page.csrf(),
                "version", "0x" + version, "worker", "1:1").status()).isEqualTo(400);
    }
}
