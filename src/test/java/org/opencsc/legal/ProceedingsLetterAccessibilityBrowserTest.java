package org.opencsc.legal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the letter pages: the list with its draft form and errors, the draft with findings, a refused send, the preview. */
@IntegrationTest
@Tag("browser")
class ProceedingsLetterAccessibilityBrowserTest {

    static Browser browser;

    @Autowired
    LetterJourney letterJourney;
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
    void theLetterPagesAndTheirErrors() {
        LetterJourney.Ready r = letterJourney.ready(1).getFirst();
        browser.signIn("social");
        browser.open("/people/" + r.child() + "/proceedings-letters");
        browser.find(By.id("draft-letter"));
        Axe.assertNoSeriousViolations(browser, "letters before proceedings");
        browser.find(By.id("draft-letter")).click();
        browser.find(By.className("govuk-error-summary"));
        Axe.assertNoSeriousViolations(browser, "letters before proceedings with errors");
        browser.find(By.id("recipientIds")).click();
        browser.find(By.id("draft-letter")).click();
        browser.find(By.id("letter-form"));
        Axe.assertNoSeriousViolations(browser, "letter draft with findings");
        browser.find(By.id("send-letter")).click();
        browser.find(By.className("govuk-error-summary"));
        Axe.assertNoSeriousViolations(browser, "letter draft refused");
        browser.find(By.id("preview-letter")).click();
        browser.find(By.id("letter-greeting"));
        Axe.assertNoSeriousViolations(browser, "letter preview");
    }
}
