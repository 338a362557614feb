package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front door in headless Chromium: a contact officer records one contact about two
 * siblings, the duty manager decides it is a referral, and a team manager allocates it,
 * seeing the re-referral flag for the child who was referred five months before.
 */
@IntegrationTest
@Tag("browser")
class FrontDoorJourneyBrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Browser browser;

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void contactAboutTwoSiblingsBecomesAReferralAndIsAllocatedWithTheReReferralFlagShown() {
        FrontDoorFixtures fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        String family = FrontDoorFixtures.surname("Door");
        long amy = fx.child("Amy", family);
        long ben = fx.siblingOf(amy, "Ben", family);
        // Amy was referred five months ago (closed since); Ben never was.
        fx.referredBy(clock.today().minusMonths(5).atTime(11, 0).atZone(LONDON).toInstant(), PrimaryNeed.N4, amy);
        fx.closeOpenReferral(amy);

        browser = Browser.start();
        browser.at(port).signIn("contact");

        // The contact officer starts from the front door and finds Amy by name.
        browser.submit(By.linkText("Front door")).submit(By.linkText("Record a contact"));
        browser.type(By.id("name"), "Amy " + family).submit(By.cssSelector("form[action='/contacts/new'] button"));
        browser.submit(By.cssSelector("#child-results a[href='/contacts/new?childId=" + amy + "']"));
        assertThat(browser.heading()).isEqualTo("Record a contact");
        browser.check("child-" + ben)
                .select(By.id("source"), "6 Police")
                .type(By.id("contactorName"), "PC Lowe")
                .type(By.id("contactorAgency"), "Merseyside Police")
                .type(By.id("reported"), "Police called to a domestic incident; Amy and Ben were in the house.")
                .check("urgency-STANDARD")
                .check("consent-NOT_SOUGHT")
                .type(By.id("sharingReason"), "Seeking consent could increase the risk of significant harm to the children")
                .submit(By.id("save-contact"));
        assertThat(browser.path()).matches("/contacts/\\d+");
        long contactId = Long.parseLong(browser.path().substring("/contacts/".length()));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText()).contains("A decision is due by");
        assertThat(browser.heading()).contains("Amy " + family).contains("Ben " + family);

        // The duty manager finds it in the duty queue and decides: referral.
        browser.signIn("dutymanager").submit(By.linkText("Front door"));
        assertThat(browser.find(By.id("duty-queue")).getText()).contains("Amy " + family);
        browser.submit(By.cssSelector("#duty-queue a[href='/contacts/" + contactId + "']"))
                .check("decision-outcome-REFERRAL")
                .select(By.id("primaryNeed"), "N1 Abuse or neglect")
                .type(By.id("reason"), "Second domestic incident in five months with the children present: threshold for assessment met.")
                .submit(By.id("save-decision"));
        assertThat(browser.find(By.id("decision")).getText())
                .contains("Referral to children's social care").contains("Morgan Mash");
        assertThat(browser.find(By.id("referrals")).getText()).contains("Re-referral").contains("awaiting allocation");

        // The team manager allocates Amy's referral; the re-referral flag and caseloads are on the page.
        browser.signIn("manager").open("/referrals/allocation");
        long amyReferral = referralId(contactId, amy);
        String card = browser.find(By.id("referral-" + amyReferral)).getText();
        assertThat(card).contains("Amy " + family).contains("Re-referral: previously referred");
        assertThat(browser.find(By.id("referral-" + referralId(contactId, ben))).getText()).doesNotContain("Re-referral");
        assertThat(browser.find(By.id("caseloads")).getText()).contains("Sam Social");
        // One form for the two siblings: one worker for both, in one step.
        browser.select(By.id("worker-" + contactId), browser.find(By.cssSelector("#worker-" + contactId + " option[value^='"
                        + users.findByUsername("social").orElseThrow().id() + ":']")).getText())
                .submit(By.id("allocate-" + contactId));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText())
                .contains("2 referrals have been allocated together");
        assertThat(browser.isPresent(By.id("referral-" + amyReferral))).isFalse();

        // Both siblings went to Sam Social, and the child's record says so, with the flag.
        browser.open("/people/" + ben);
        assertThat(browser.find(By.id("allocated-worker")).getText()).contains("Sam Social");
        browser.open("/people/" + amy);
        assertThat(browser.find(By.id("referral-summary")).getText()).contains("Re-referral");
        browser.submit(By.id("record-nav-chronology"));
        assertThat(browser.find(By.id("chronology-entries")).getText())
                .contains("Allocated to Sam Social").contains("re-referral").contains("Contact from Police");
        browser.screenshot("front-door-child-record");
    }

    private long referralId(long contactId, long childId) {
        return jdbc.sql("SELECT id FROM referral WHERE contact_id = ? AND person_id = ?").params(contactId, childId)
                .query(Long.class).single();
    }
}
