package org.opencsc.quality.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.quality.Grade;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The QA auditor's home (their audits to do, overdue learning actions) and a partner auditor's (their rounds, last day). */
@IntegrationTest
class QualityHomesTest {

    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    QualityFixtures quality;

    @BeforeEach
    void fixtures() {
        quality = new QualityFixtures(jdbc);
    }

    @AfterEach
    void removeTheAudits() {
        quality.removeAll();
    }

    @Test
    void theAuditorsHomeListsTheirAuditsToDoAndTheOverdueActions() {
        LocalDate today = clock.today();
        String surname = TestNames.uniqueSurname() + Fixtures.uniqueSurname("h");
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long ella = fixtures.child("Ella", surname, today.minusYears(6));
        long finn = fixtures.child("Finn", surname, today.minusYears(8));
        long gus = fixtures.child("Gus", surname, today.minusYears(4));
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(gus).update();
        long round = quality.round(quality.template(), "Home round " + surname, "CONTINGENCY_PLANNING", today.plusDays(14));
        long auditor = quality.userId("auditor");
        long mine = quality.audit(round, ella, null, auditor, "IN_PROGRESS");
        long sealed = quality.audit(round, gus, null, auditor, "NOT_STARTED");
        long someoneElses = quality.audit(round, finn, null, null, "NOT_STARTED");
        long done = quality.completed(round, fixtures.child("Hal", surname, today.minusYears(9)), null, Grade.GOOD, today.minusDays(3));
        long overdue = quality.action(done, null, "SERVICE", quality.userId("manager"), null, today.minusDays(2), false);

        String home = PageSession.signedIn(port, "auditor").get("/").body();
        String toDo = home.substring(home.indexOf("id=\"to-do\""), home.indexOf("id=\"overdue-heading\""));
        assertThat(toDo).contains("href=\"/quality/audits/" + mine + "\"").contains("Ella " + surname).contains("In progress")
                .contains("id=\"to-do-" + sealed + "\"").contains("A restricted record").doesNotContain("Gus")
                .doesNotContain("/quality/audits/" + someoneElses + "\"").doesNotContain("/quality/audits/" + done + "\"");
        assertThat(home).contains("href=\"/quality/learning-actions/" + overdue + "\"").contains("id=\"quality-headline\"")
                .contains("href=\"/quality\"").doesNotContain("id=\"audits-to-come\"");
    }

    @Test
    void aPartnerAuditorsHomeShowsTheirRoundsAndLastDayAndNoSearch() {
        LocalDate today = clock.today();
        String surname = TestNames.uniqueSurname() + Fixtures.uniqueSurname("p");
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long iris = fixtures.child("Iris", surname, today.minusYears(6));
        String username = Fixtures.uniqueSurname("partner").toLowerCase();
        long partner = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, access_expires_at)
                        SELECT :u, password_hash, 'Pat Partner', 'PARTNER_AUDITOR', now() + interval '60 days'
                        FROM app_user WHERE username = 'social' RETURNING id
                        """).param("u", username).query(Long.class).single();
        long current = quality.round(quality.template(), "Thematic " + surname, "CONTINGENCY_PLANNING", today.plusDays(14));
        long audit = quality.audit(current, iris, null, quality.userId("auditor"), "IN_PROGRESS");
        quality.partner(current, partner, "HEALTH", today.plusDays(10));
        long past = quality.round(quality.template(), "Earlier " + surname, "SEEN_ALONE", today.minusDays(20));
        quality.audit(past, fixtures.child("Jack", surname, today.minusYears(7)), null, null, "NOT_STARTED");
        quality.partner(past, partner, "HEALTH", today.minusDays(1));

        PageSession session = PageSession.signedIn(port, username);
        String home = session.get("/").body();
        assertThat(home).contains("href=\"/quality/audits/" + audit + "\"").contains("Iris " + surname)
                .contains("id=\"last-day-" + current + "\"").contains("Health")
                .contains("id=\"ended-" + past + "\"").doesNotContain("Jack")
                .doesNotContain("id=\"home-search\"").doesNotContain("href=\"/people/search\"");
    }
}
