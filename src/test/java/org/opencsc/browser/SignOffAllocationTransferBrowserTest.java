package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty manager's part of the front door in headless Chromium, as they would do it: they
 * disagree with a duty worker's "no further action" for three siblings and make it a referral,
 * giving their rationale (both decisions stay on the page); they allocate two of the siblings in
 * one step to a locality worker, leaving the third for now; then they transfer one child to the
 * South team with a reason, and both workers find it on their home page, where they mark it read.
 */
@IntegrationTest
@Tag("browser")
class SignOffAllocationTransferBrowserTest {

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
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void disagreeAtSignOffAllocateTheSiblingGroupAndTransferOneChild() {
        Fixtures fx = new Fixtures(people, users, jdbc);
        String family = Fixtures.uniqueSurname("Walk");
        long amy = fx.child("Amy", family, clock.today().minusYears(9));
        long ben = fx.child("Ben", family, clock.today().minusYears(7));
        long cal = fx.child("Cal", family, clock.today().minusYears(15));
        fx.link(ben, amy, RelationshipType.SIBLING);
        fx.link(cal, amy, RelationshipType.SIBLING);
        long contact = contactDecidedByTheDutyWorker(amy, ben, cal);
        CurrentUser social = fx.user("social");
        CurrentUser social2 = fx.user("social2");

        browser = Browser.start();
        browser.at(port).signIn("dutymanager").open("/contacts/" + contact);

        // 1. Sign-off: the rationale is asked for, then the manager disagrees and makes it a referral.
        browser.submit(By.id("sign-off"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter your rationale").contains("Select whether you agree with the decision");
        String rationale = "Three children, a second police call-out in a month: the pattern meets the threshold for assessment.";
        browser.type(By.id("rationale"), rationale)
                .check("agree-no")
                .check("changedOutcome-REFERRAL")
                .select(By.id("changedPrimaryNeed"), "N1 Abuse or neglect")
                .submit(By.id("sign-off"));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText()).contains("signed off");
        assertThat(browser.find(By.id("standing-decision")).getText()).isEqualTo("Referral to children's social care");
        assertThat(browser.find(By.id("sign-off-rationale")).getText()).isEqualTo(rationale);
        assertThat(browser.find(By.id("original-decision")).getText()).contains("No further action").contains("Dana Duty");
        assertThat(browser.find(By.id("sign-off-by")).getText()).startsWith("Changed by");
        browser.screenshot("sign-off-changed-decision");

        // 2. Allocation: one form for the three; Cal is left for now, Amy and Ben go to Sam Social in one step.
        browser.open("/referrals/allocation");
        String group = browser.find(By.id("group-" + contact)).getText();
        assertThat(group).contains("3 brothers and sisters").contains("Amy " + family).contains("Ben " + family)
                .contains("Cal " + family);
        long calsReferral = referralOf(contact, cal);
        browser.find(By.cssSelector("label[for='tick-" + calsReferral + "']")).click();
        assertThat(browser.find(By.id("tick-" + calsReferral)).isSelected()).isFalse();
        browser.select(By.id("worker-" + contact), optionFor("worker-" + contact, social.id()))
                .submit(By.id("allocate-" + contact));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText())
                .contains("2 referrals have been allocated together");
        assertThat(browser.find(By.id("group-" + contact)).getText()).contains("Cal " + family).doesNotContain("Amy " + family);
        browser.screenshot("allocation-sibling-group");

        // 3. Transfer: Amy moves to the South team; the page shows who holds her and since when, and asks why.
        browser.open("/people/" + amy).submit(By.id("transfer-case"));
        assertThat(browser.find(By.id("current-allocation")).getText()).contains(social.displayName())
                .contains("Safeguarding team North");
        browser.select(By.id("worker"), optionFor("worker", social2.id())).submit(By.id("transfer"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter the reason for the transfer");
        String reason = "Amy now lives with her grandmother in the south of the borough.";
        browser.type(By.id("reason"), reason).submit(By.id("transfer"));
        assertThat(browser.path()).isEqualTo("/people/" + amy);
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText()).contains("transfer has been recorded");
        assertThat(browser.find(By.id("allocated-worker")).getText()).contains(social2.displayName());
        assertThat(browser.find(By.id("chronology-entries")).getText()).contains("Transferred from " + social.displayName());

        // 4. Both workers are told on their home page. Sam still holds Ben, her brother, so may still open Amy's
        // record and is told who moved (CaseTransferTest has a worker who may not, told without the child).
        browser.signIn("social2").open("/");
        assertThat(browser.find(By.id("attention-items")).getText()).contains("Amy " + family)
                .contains("Transferred to you from " + social.displayName()).contains(reason);
        browser.signIn("social").open("/");
        String told = browser.find(By.id("attention-items")).getText();
        assertThat(told).contains("Amy " + family).contains("Transferred from you to " + social2.displayName()).contains(reason);
        browser.screenshot("transfer-notice-for-the-previous-worker");
        long transfer = jdbc.sql("SELECT id FROM case_transfer WHERE person_id = ?").params(amy).query(Long.class).single();
        browser.submit(By.cssSelector("form[action='/case-transfers/" + transfer + "/read'] button"));
        assertThat(browser.isPresent(By.cssSelector("form[action='/case-transfers/" + transfer + "/read']"))).isFalse();
    }

    /** The contact about the three, which the duty social worker decided needs no further action. */
    private long contactDecidedByTheDutyWorker(long... children) {
        StringBuilder ids = new StringBuilder();
        for (long c : children) {
            ids.append(ids.isEmpty() ? "" : ",").append(c);
        }
        Api.Response recorded = new Api(port, "contact").post("/api/v1/contacts", """
                {"receivedAt": "%s", "sourceCode": "6", "contactorName": "PC Lowe", "contactorAgency": "Merseyside Police",
                 "reported": "Police called to the home again overnight; the three children were present.",
                 "urgency": "STANDARD", "consent": "NOT_SOUGHT",
                 "sharingReason": "Seeking consent could place the children at increased risk of significant harm",
                 "childIds": [%s]}""".formatted(clock.instant().minus(2, ChronoUnit.HOURS), ids));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.json().get("id").asLong();
        Api.Response decided = new Api(port, "duty").post("/api/v1/contacts/" + id + "/decision", """
                {"version": %d, "outcome": "NO_FURTHER_ACTION", "reason": "Police say the incident was verbal only"}"""
                .formatted(recorded.json().get("version").asInt()));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return id;
    }

    private String optionFor(String select, long workerId) {
        return browser.find(By.cssSelector("#" + select + " option[value^='" + workerId + ":']")).getText();
    }

    private long referralOf(long contact, long child) {
        return jdbc.sql("SELECT id FROM referral WHERE contact_id = ? AND person_id = ?").params(contact, child)
                .query(Long.class).single();
    }
}
