package org.opencsc.plainenglish;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the jargon list page, as it opens and with its errors shown: no serious WCAG 2.2 A/AA violations. */
@IntegrationTest
@Tag("browser")
class JargonAdminAccessibilityBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

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

    @Test
    void theJargonListAndItsErrors() {
        browser.signIn("admin");
        browser.open("/admin/plain-english");
        browser.find(By.id("add-term"));
        Axe.assertNoSeriousViolations(browser, "plain-English jargon list");
        browser.find(By.id("add-term")).click();
        browser.find(By.className("govuk-error-summary"));
        Axe.assertNoSeriousViolations(browser, "plain-English jargon list with errors");
    }
}
