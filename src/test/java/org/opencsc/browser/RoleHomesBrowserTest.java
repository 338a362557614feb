package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.security.DemoMode;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo login signs in through the real form and lands on the home made for its role; every
 * entry of its menu opens (200, never a refusal) for that role; the API is linked from the
 * footer, not the menu; each home has no serious accessibility failures (axe). A screenshot of each home is saved (target/screenshots/home-{login}.png).
 */
@IntegrationTest
@Tag("browser")
class RoleHomesBrowserTest {

    static final List<String> LOGINS = DemoMode.LOGINS;

    /** The heading each role's home opens with. */
    static final Map<String, String> HOME_HEADINGS = Map.ofEntries(
            Map.entry("contact", "Front door"),
            Map.entry("duty", "Front door: duty"),
            Map.entry("dutymanager", "Front door: duty"),
            Map.entry("social", "My work"),
            Map.entry("social2", "My work"),
            Map.entry("family", "My work"),
            Map.entry("manager", "My work"),
            Map.entry("legal", "My work"),
            Map.entry("admin", "My work"),
            Map.entry("chair", "Your children on plans"),
            Map.entry("auditor", "Quality assurance"),
            Map.entry("leader", "Council overview"),
            Map.entry("inspector", "Inspection"));

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
    void startBrowser() {
        if (browser == null) {
            browser = Browser.start();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LOGINS")
    void eachRoleLandsOnItsHomeAndEveryMenuEntryOpens(String login) {
        browser.at(port).signIn(login);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).as("the home of %s", login).startsWith(HOME_HEADINGS.getOrDefault(login, "?"));

        List<WebElement> menu = browser.findAll(By.cssSelector("#navigation a"));
        assertThat(menu).as("menu entries").isNotEmpty();
        assertThat(menu).extracting(WebElement::getText).doesNotContain("API");
        assertThat(browser.find(By.cssSelector("footer a[href='/api/v1/docs']")).getText()).isEqualTo("API");
        browser.screenshot("home-" + login);
        Axe.assertNoSeriousViolations(browser, "home of " + login);

        List<String> hrefs = menu.stream().map(a -> a.getDomAttribute("href")).toList();
        PageSession session = PageSession.signedIn(port, login);
        List<String> notOpening = new ArrayList<>();
        for (String href : hrefs) {
            int status = session.get(href).status();
            if (status != 200) {
                notOpening.add(href + " " + status);
            }
        }
        assertThat(notOpening).as("menu entries that do not open for %s", login).isEmpty();
    }
}
