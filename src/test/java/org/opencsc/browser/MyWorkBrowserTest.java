package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.platform.web.Dates;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * My work as each role meets it in the browser: a manager's oversight action reaches the worker
 * who owns it, who marks it done; the chair sees the overdue review they chair; the team manager
 * sees an assessment to authorise and an escalation to answer.
 */
@IntegrationTest
@Tag("browser")
class MyWorkBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    Escalations escalations;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void useServer() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port);
    }

    private static By row(String text) {
        return By.xpath("//table[@id='due-work']//tr[contains(., '" + text + "')]");
    }

    @Test
    void aManagersOversightActionReachesTheWorkerWhoMarksItDone() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(10));
        String action = "Visit with the health visitor " + Fixtures.uniqueSurname("b");
        LocalDate due = today.plusDays(3);

        browser.signIn("manager").open("/people/" + r.child() + "/oversight/new");
        browser.type(By.id("considered"), "The chronology, the strategy discussion and the last visit")
                .type(By.id("actionText-0"), action)
                .select(By.id("actionOwner-0"), "Sam Social (Social worker, Safeguarding team North)")
                .type(By.id("actionDue-0"), due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear())
                .submit(By.id("save-oversight"));
        assertThat(browser.path()).startsWith("/people/" + r.child());

        browser.signIn("social");
        assertThat(browser.find(row(action)).getText()).contains(Dates.govuk(due)).contains("Kai ");
        browser.screenshot("my-work-with-an-oversight-action");
        browser.submit(By.xpath("//table[@id='due-work']//tr[contains(., '" + action + "')]//button"));
        assertThat(browser.find(By.id("action-done")).getText()).contains("The action has been marked as done");
        assertThat(browser.isPresent(row(action))).as("done, so no longer on My work").isFalse();
    }

    @Test
    void theChairSeesTheOverdueReviewTheyChair() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(220));
        ChildProtectionPlan plan = journey.onAPlan(r, today.minusDays(215), today.minusDays(210), "chair");
        String surname = jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(r.child()).query(String.class).single();

        // The chair lands on the chair's view, and reaches their own due work from the menu.
        browser.signIn("chair");
        browser.submit(By.cssSelector(".govuk-service-navigation__link[href='/my-work']"));
        String line = browser.find(By.xpath("//table[@id='due-work']//tr[contains(., '" + surname + "')]")).getText();
        assertThat(line).contains("Review child protection conference you chair").contains("Overdue");
        assertThat(browser.find(By.cssSelector("a[href='/plans/" + plan.id() + "/review-conference']")).getText())
                .contains("Review child protection conference you chair");
        browser.screenshot("my-work-chair");
    }

    @Test
    void theTeamManagerSeesAnAuthorisationAndAnEscalation() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(30));
        long assessment = jdbc.sql("""
                        INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, started_by, started_at, completed_on)
                        VALUES (?, ?, ?, ?, 'AWAITING_AUTHORISATION', 'Sam Social', now(), ?) RETURNING id
                        """)
                .params(r.referral(), r.child(), Date.valueOf(today.minusDays(28)), Date.valueOf(today.plusDays(10)),
                        Date.valueOf(today.minusDays(1)))
                .query(Long.class).single();
        var onPlan = journey.referredAndAllocated(today.minusDays(30));
        ChildProtectionPlan plan = journey.onAPlan(onPlan, today.minusDays(25), today.minusDays(12), "chair");
        long escalation = escalations.raise(plan.id(), "Core group actions not done", journey.user("chair"), ProtectionJourney.API);

        browser.signIn("manager");
        assertThat(browser.find(By.cssSelector("#due-work a[href='/assessments/" + assessment + "']")).getText())
                .isEqualTo("Authorise single assessment");
        assertThat(browser.find(By.cssSelector("#due-work a[href='/escalations/" + escalation + "/response']")).getText())
                .isEqualTo("Respond to chair's escalation");
        browser.screenshot("my-work-team-manager");
        browser.submit(By.cssSelector("#due-work a[href='/escalations/" + escalation + "/response']"));
        assertThat(browser.path()).isEqualTo("/escalations/" + escalation + "/response");
    }
}
