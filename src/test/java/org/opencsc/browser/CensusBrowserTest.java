package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.web.CensusYears;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The census as the senior leader meets it: choose the year, export it, check the data, find a
 * real rule's problem on a child, follow its link to the page where it is fixed, and once the
 * child's worker has fixed it there the next check no longer reports it.
 */
@IntegrationTest
@Tag("browser")
class CensusBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    Clock clock;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aLeaderExportsChecksFollowsTheLinkAndTheProblemIsGoneOnceTheWorkerFixesItOnThatPage() {
        // The year containing today, so the test runs on any date; its first day is never in the future.
        CensusYear year = CensusYears.current(clock);
        // Ten at the reference date (of school age), referred for further action, with no UPN and no reason
        // why: rule 8770Q queries it. Its ethnicity is recorded so that the census can hold the child.
        ProtectionJourney.Referred child = journey.referredAndAllocated(year.start(), "social",
                year.referenceDate().minusYears(10), "WBRI");
        String problem = "//section[@id='child-" + child.child() + "']//tr[@data-rule='8770Q']";
        browser = Browser.start();
        browser.at(port).signIn("leader");

        browser.submit(By.linkText("Children in Need census"));
        assertThat(browser.heading()).isEqualTo("Children in Need census");
        browser.select(By.id("year"), year.year() + " (" + year.label() + ")");
        WebElement export = browser.find(By.id("export"));
        assertThat(export.getDomAttribute("formaction")).isEqualTo("/returns/cin-census/export");
        // The download itself is fetched over HTTP: a headless browser saves it without showing anything.
        PageSession.Page xml = PageSession.signedIn(port, "leader").get("/returns/cin-census/export?year=" + year.year());
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.body()).contains("<Collection>CIN</Collection>", "<LAchildID>" + child.child() + "</LAchildID>");

        browser.submit(By.id("check"));
        assertThat(browser.heading()).isEqualTo("Check of the " + year.label() + " census");
        assertThat(browser.find(By.id("rule-8770Q")).getText()).contains("Query", "UPN is missing");
        assertThat(browser.find(By.xpath(problem)).getText()).contains("UPNunknown: (missing)");
        WebElement fix = browser.find(By.xpath(problem + "//a[contains(@class,'opencsc-fix-link')]"));
        String fixAt = fix.getDomAttribute("href");
        assertThat(fixAt).isEqualTo("/people/" + child.child() + "/census-details");
        browser.screenshot("census-report");
        Axe.assertNoSeriousViolations(browser, "the census report");

        browser.submit(By.xpath(problem + "//a[contains(@class,'opencsc-fix-link')]"));
        assertThat(browser.path()).isEqualTo(fixAt);
        assertThat(browser.find(By.id("upn-unknown")).getText()).isEqualTo("Not recorded");
        assertThat(browser.isPresent(By.id("edit-census-details"))).as("the leader is offered no change").isFalse();

        // The senior leader (and the data officer) only read records; the child's allocated social worker
        // records on them, so Sam Social opens the page the link led to and records why there is no UPN.
        browser.signIn("social").open(fixAt);
        browser.submit(By.id("edit-census-details"));
        assertThat(browser.path()).isEqualTo(fixAt + "/edit");
        browser.select(By.id("upnUnknownReason"), "UN6: Child is aged 6 years or over and is not in school");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo(fixAt);
        assertThat(browser.find(By.id("upn-unknown")).getText()).startsWith("UN6");

        browser.signIn("leader").open("/returns/cin-census/report?year=" + year.year());
        assertThat(browser.heading()).isEqualTo("Check of the " + year.label() + " census");
        assertThat(browser.isPresent(By.xpath(problem))).as("8770Q on the child").isFalse();
        browser.screenshot("census-fixed");
    }
}
