package org.opencsc.legal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.OneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the letter pages: the list with its draft form and errors, the draft with findings, a refused send, the preview. */
@IntegrationTest
@Tag("browser")
class ProceedingsLetterAccessibilityBrowserTest {

    @RegisterExtension
    static OneBrowser browsers = new OneBrowser();
    Browser browser;

    @Autowired
    LetterJourney letterJourney;
    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser = browsers.at(port);
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
