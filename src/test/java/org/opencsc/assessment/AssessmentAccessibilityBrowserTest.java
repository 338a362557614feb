package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the assessment pages in headless Chromium, with errors showing, as for the other pages. */
@IntegrationTest
@Tag("browser")
class AssessmentAccessibilityBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;

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
    void startWriteAndAuthorisePages() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        browser.signIn("social").open("/referrals/" + r.referral() + "/assessment/new");
        checkPage("start assessment");
        // 1 March 2025 is before the referral on the 3rd.
        browser.type(By.id("startedOn-day"), "1").type(By.id("startedOn-month"), "3").type(By.id("startedOn-year"), "2025")
                .submit(By.id("start-assessment"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("start assessment with errors");
        browser.type(By.id("startedOn-day"), "4").submit(By.id("start-assessment"));
        browser.submit(By.id("submit-assessment"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("assessment with errors");

        long id = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        SingleAssessment a = assessments.open(id, fx.user("social"), AccessLog.Channel.API, "/test");
        assessments.saveDraft(id, ReferredChildren.complete(a.version()), fx.user("social"), AccessLog.Channel.API);
        assessments.submit(id, a.version() + 1, LocalDate.of(2025, 4, 1), fx.user("social"), AccessLog.Channel.API);
        browser.signIn("manager").open("/assessments/" + id).submit(By.id("return-assessment"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("assessment authorisation with errors");
    }

    private void checkPage(String page) {
        browser.screenshot("a11y-" + page.replaceAll("[^a-z]+", "-"));
        Axe.assertNoSeriousViolations(browser, page);
        @SuppressWarnings("unchecked")
        List<String> unreferenced = (List<String>) browser.script("""
                const described = new Set([...document.querySelectorAll('[aria-describedby]')]
                    .flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)));
                return [...document.querySelectorAll('main .govuk-error-message, main .govuk-hint')]
                    .filter(e => !e.id || !described.has(e.id))
                    .map(e => (e.id || 'no id') + ': ' + e.textContent.trim());
                """);
        assertThat(unreferenced).as("error messages and hints not announced with their field on %s", page).isEmpty();
    }
}
