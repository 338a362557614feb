package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, finding 1, as the front door meets it: a contact officer records a contact about a
 * child whose case is open and sees that case; the duty manager, finding the family's contacts
 * together in the queue, passes it to the allocated worker as new information, not a second
 * referral; the worker finds it on My work and acknowledges it.
 */
@IntegrationTest
@Tag("browser")
class FrontDoorOpenCaseBrowserTest {

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
    ReferralService referrals;
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
    void aContactAboutAnOpenCaseGoesToTheAllocatedWorkerAsNewInformation() {
        Fixtures fx = new Fixtures(people, users, jdbc);
        String family = Fixtures.uniqueSurname("Opencase");
        LocalDate today = clock.today();
        long amy = fx.child("Amy", family, today.minusYears(13));
        long ben = fx.child("Ben", family, today.minusYears(9));
        fx.link(amy, ben, RelationshipType.SIBLING);
        openCaseWithSamSocial(amy, clock.instant().minus(30, ChronoUnit.DAYS));
        // Ben's school rang this morning; that contact still waits in the queue.
        long aboutBen = contacts.record(contact(clock.instant().minus(3, ChronoUnit.HOURS), ben), fx.user("contact"),
                AccessLog.Channel.API);

        browser = Browser.start();
        browser.at(port).signIn("contact");
        browser.open("/contacts/new?childId=" + amy);
        assertThat(browser.heading()).isEqualTo("Record a contact");
        browser.select(By.id("source"), "6 Police")
                .type(By.id("contactorName"), "PC Lowe")
                .type(By.id("contactorAgency"), "Merseyside Police")
                .type(By.id("contactorRole"), "Missing persons coordinator")
                .type(By.id("contactorRelationship"), "Found Amy after her last missing episode")
                .select(By.id("presentingConcern"), "Child criminal exploitation, gangs or county lines")
                .type(By.id("concernDetails"), "Amy was found 40 miles away with older males and cash.")
                .type(By.id("reported"), "Amy was missing overnight and was found in another town.")
                .type(By.id("childWords"), "\"They said I owe them.\"")
                .type(By.id("parentsOrCarers"), "Mum, Jo, aware of this contact; she reported Amy missing.")
                .type(By.id("childSchool"), "Northfield Academy")
                .type(By.id("childGp"), "Park Lane Surgery")
                .check("urgency-SAME_DAY")
                .check("consent-NOT_SOUGHT")
                .type(By.id("sharingReason"), "Risk of significant harm: exploitation")
                .submit(By.id("save-contact"));
        long contactId = Long.parseLong(browser.path().substring("/contacts/".length()));
        // The contact officer sees the open case before anyone decides, and no empty "Decision" heading.
        assertThat(browser.find(By.id("open-case-warning")).getText()).contains("open case");
        assertThat(browser.find(By.id("context-" + amy)).getText()).contains("Sam Social").contains("Child in need");
        assertThat(browser.find(By.id("context-" + ben)).getText()).contains("Ben " + family).contains("Contact " + aboutBen);
        assertThat(browser.find(By.id("presenting-concern")).getText()).contains("Child criminal exploitation");
        assertThat(browser.find(By.id("child-words")).getText()).contains("They said I owe them.");
        assertThat(browser.find(By.id("child-school")).getText()).contains("Northfield Academy");
        assertThat(browser.isPresent(By.id("decision-heading"))).isFalse();

        // The duty manager finds the family's two contacts together in the queue.
        browser.signIn("dutymanager").open("/front-door");
        String group = browser.find(By.xpath("//tbody[.//a[@href='/contacts/" + contactId + "']]")).getText();
        assertThat(group).contains("Same child or family: 2 contacts").contains("Ben " + family);
        browser.submit(By.cssSelector("#duty-queue a[href='/contacts/" + contactId + "']"));
        assertThat(browser.find(By.id("case-context")).getText()).contains("Sam Social");
        assertThat(browser.isPresent(By.id("decision-outcome-REFERRAL"))).as("no second referral offered").isFalse();
        browser.check("decision-outcome-NEW_INFORMATION")
                .type(By.id("reason"), "Amy's case is open with Sam Social: for the worker to act on with the exploitation plan.")
                .submit(By.id("save-decision"));
        assertThat(browser.find(By.id("decision")).getText()).contains("New information for the allocated worker");
        assertThat(browser.find(By.id("new-information-" + itemId(contactId))).getText()).contains("Sam Social");
        browser.screenshot("front-door-new-information");

        // Sam Social finds it on My work and acknowledges it.
        browser.signIn("social").open("/");
        assertThat(browser.find(By.id("due-work")).getText()).contains("New information from contact " + contactId);
        browser.submit(By.cssSelector("#due-work a[href='/contacts/" + contactId + "#new-information']"))
                .type(By.id("response"), "Visiting Amy today; exploitation screening and a strategy discussion if needed.")
                .submit(By.id("acknowledge-" + itemId(contactId)));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText()).contains("acknowledged");
        browser.open("/");
        assertThat(browser.isPresent(By.id("due-work")) ? browser.find(By.id("due-work")).getText() : "")
                .doesNotContain("New information from contact " + contactId);

        // One open referral; the record offers one "Close the case".
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = ? AND closure_date IS NULL").params(amy)
                .query(Long.class).single()).isEqualTo(1);
        browser.signIn("manager").open("/people/" + amy);
        assertThat(browser.findAll(By.partialLinkText("Close the case"))).hasSize(1);
    }

    private long itemId(long contactId) {
        return jdbc.sql("SELECT id FROM contact_new_information WHERE contact_id = ?").params(contactId).query(Long.class).single();
    }

    private void openCaseWithSamSocial(long child, Instant received) {
        CurrentUser dutyManager = users.findByUsername("dutymanager").orElseThrow();
        long id = contacts.record(contact(received, child), users.findByUsername("contact").orElseThrow(), AccessLog.Channel.API);
        int version = contacts.open(id, dutyManager, AccessLog.Channel.API, "/test").version();
        contacts.decide(id, version, DecisionOutcome.REFERRAL, "Missing episodes: assessment needed", null, PrimaryNeed.N1,
                dutyManager, AccessLog.Channel.API);
        Referral referral = referrals.forChild(child).getFirst();
        CurrentUser social = users.findByUsername("social").orElseThrow();
        long team = jdbc.sql("SELECT team_id FROM team_member WHERE user_id = ? ORDER BY team_id LIMIT 1").params(social.id())
                .query(Long.class).single();
        referrals.allocate(referral.id(), referral.version(), social.id(), team, users.findByUsername("manager").orElseThrow(),
                AccessLog.Channel.API);
    }

    private static ContactInput contact(Instant received, long child) {
        return new ContactInput(received, ReferralSource.SCHOOLS, "Ms Park", "Northfield Academy", null,
                "Concerned about attendance and older friends.", Urgency.STANDARD, Consent.GIVEN, "Mum agreed to share with the school",
                null, false, null, List.of(child));
    }
}
