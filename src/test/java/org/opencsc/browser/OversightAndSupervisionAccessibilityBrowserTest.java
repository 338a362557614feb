package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core on the supervision, team work, oversight and decision log pages, with and without errors. */
@IntegrationTest
@Tag("browser")
class OversightAndSupervisionAccessibilityBrowserTest {

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

    @BeforeEach
    void useServer() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port);
    }

    @Test
    void supervisionOversightAndDecisionPages() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long social = jdbc.sql("SELECT id FROM app_user WHERE username = 'social'").query(Long.class).single();

        browser.signIn("manager").open("/team-work");
        browser.find(By.id("supervision"));
        checkPage("team work with supervision");
        browser.open("/supervision/new?workerId=" + social);
        checkPage("supervision form");
        browser.type(By.id("heldOn-day"), "").submit(By.id("save-supervision"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("supervision form with errors");

        browser.open("/people/" + r.child() + "/oversight/new");
        browser.find(By.cssSelector("#oversight-chronology li"));
        checkPage("management oversight");
        browser.submit(By.id("save-oversight"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("management oversight with errors");

        browser.open("/people/" + r.child() + "/decisions").submit(By.id("save-decision"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("decision log with errors");
    }

    private String surnameOf(long child) {
        return jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(child).query(String.class).single();
    }

    private void checkPage(String page) {
        browser.screenshot("a11y-" + page.replaceAll("[^a-z]+", "-"));
        Axe.assertNoSeriousViolations(browser, page);
        // GOV.UK's pattern axe cannot check: every error message and hint is in its field's aria-describedby.
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
