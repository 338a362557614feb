package org.opencsc.document;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the document upload page, as it opens and with its errors shown: no serious WCAG 2.2 A/AA violations. */
@IntegrationTest
@Tag("browser")
class DocumentUploadAccessibilityBrowserTest {

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

    @BeforeEach
    void useServer() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port);
    }

    @Test
    void theUploadPageAndItsErrors() {
        long child = journey.referredAndAllocated(LocalDate.now(clock).minusDays(7)).child();
        browser.signIn("social");
        browser.open("/people/" + child + "/documents/new");
        browser.find(By.id("save-document"));
        Axe.assertNoSeriousViolations(browser, "document upload page");
        browser.find(By.id("save-document")).click();
        browser.find(By.className("govuk-error-summary"));
        Axe.assertNoSeriousViolations(browser, "document upload page with errors");
    }
}
