package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.OneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the pre-proceedings page with every step form, as it opens and with a refused step's errors shown. */
@IntegrationTest
@Tag("browser")
class PreProceedingsAccessibilityBrowserTest {

    @RegisterExtension
    static OneBrowser browsers = new OneBrowser();

    @Autowired
    ProtectionJourney journey;
    @Autowired
    java.time.Clock clock;
    @LocalServerPort
    int port;

    @Test
    void thePreProceedingsPageAndItsErrors() {
        long child = journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
        Api.Response r = new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings", """
                {"heldOn": "%s", "socialWorker": "social", "manager": "manager", "legalAdviser": "legal",
                 "thresholdDiscussion": "Neglect over two years", "decision": "ENTER_PRE_PROCEEDINGS",
                 "reasons": "No change under the plan", "alternatives": ["Continue under the plan"]}"""
                .formatted(LocalDate.now(clock).minusDays(7)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        Browser browser = browsers.at(port);
        browser.signIn("legal");
        browser.open("/people/" + child + "/pre-proceedings/" + ppId);
        browser.find(By.id("step-decision-form"));
        Axe.assertNoSeriousViolations(browser, "pre-proceedings page with its step forms");
        browser.find(By.id("record-step-decision")).click();
        browser.find(By.className("govuk-error-summary"));
        Axe.assertNoSeriousViolations(browser, "pre-proceedings page with a refused step decision");
    }
}
