package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The census as the senior leader meets it: choose the year, export it, check the data, find
 * the child the census cannot hold yet, follow the link to their record, and once it is
 * recorded the next check no longer lists them.
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
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aLeaderExportsChecksFollowsTheLinkToTheChildAndTheProblemIsGoneOnceFixed() {
        // Referred in the 2025-26 year with no ethnicity recorded: the census cannot be sent without one.
        ProtectionJourney.Referred child = journey.referredAndAllocated(LocalDate.of(2025, 9, 15));
        browser = Browser.start();
        browser.at(port).signIn("leader");

        browser.submit(By.linkText("Children in Need census"));
        assertThat(browser.heading()).isEqualTo("Children in Need census");
        Axe.assertNoSeriousViolations(browser, "the census page");
        browser.select(By.id("year"), "2026 (2025 to 2026)");
        WebElement export = browser.find(By.id("export"));
        assertThat(export.getDomAttribute("formaction")).isEqualTo("/returns/cin-census/export");
        // The download itself is fetched over HTTP: a headless browser saves it without showing anything.
        PageSession.Page xml = PageSession.signedIn(port, "leader").get("/returns/cin-census/export?year=2026");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.body()).contains("<Collection>CIN</Collection>");

        browser.submit(By.id("check"));
        assertThat(browser.heading()).isEqualTo("Check of the 2025 to 2026 census");
        WebElement row = browser.find(By.xpath("//table[@id='unexportable']//a[@href='/people/" + child.child() + "']/ancestor::tr"));
        assertThat(row.getText()).contains(String.valueOf(child.child()), "No ethnicity is recorded");
        browser.screenshot("census-report");
        Axe.assertNoSeriousViolations(browser, "the census report");

        browser.submit(By.xpath("//table[@id='unexportable']//a[@href='/people/" + child.child() + "']"));
        assertThat(browser.path()).isEqualTo("/people/" + child.child());

        // The child's worker records the ethnicity (OpenCSC records it with the child's details; no page edits it yet).
        jdbc.sql("UPDATE person SET ethnicity = 'WBRI' WHERE id = ?").params(child.child()).update();

        browser.open("/returns/cin-census/report?year=2026");
        assertThat(browser.heading()).isEqualTo("Check of the 2025 to 2026 census");
        assertThat(browser.isPresent(By.xpath("//a[@href='/people/" + child.child() + "']"))).as("the child is listed").isFalse();
    }
}
