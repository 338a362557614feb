package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.DemoMode;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
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
            Map.entry("manager2", "My work"),
            Map.entry("legal", "My work"),
            Map.entry("admin", "My work"),
            Map.entry("chair", "Your children on plans"),
            Map.entry("auditor", "Quality assurance"),
            Map.entry("auditor2", "Quality assurance"),
            Map.entry("partner", "Your audits"),
            Map.entry("dataofficer", "Data and performance"),
            Map.entry("leader", "Council overview"),
            Map.entry("inspector", "Inspection"));

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;

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

    @Test
    void theDutyWorkerFindsAChildFromTheHomeBoxAndTellsThemApart() {
        String surname = TestNames.uniqueSurname();
        CurrentUser contact = users.findByUsername("contact").orElseThrow();
        LocalDate born = LocalDate.of(2017, 6, 14);
        var child = new PersonInput(true, "Maya", surname, List.of(), born, null, "2", null, null, null, null, null, List.of(),
                new PersonInput.AddressInput("7 Rosemary Close", null, "Leeds", "LS6 2AB", born));
        long id = ((PersonService.CreateResult.Created) people.create(child, null, true, contact, AccessLog.Channel.API)).id();
        var mother = new PersonInput(false, "Hannah", surname, List.of(), LocalDate.of(1990, 2, 2), null, "2", null, null, null,
                null, null, List.of(), null);
        people.create(mother, new PersonService.RelateTo(id, RelationshipType.PARENT, true), true, contact, AccessLog.Channel.API);

        browser.at(port).signIn("duty");
        browser.type(By.id("home-search"), "Maya " + surname).submit(By.cssSelector("form[action='/people/search'] button"));
        assertThat(browser.path()).isEqualTo("/people/search");
        WebElement row = browser.find(By.xpath("//a[@href='/people/" + id + "']/ancestor::tr"));
        assertThat(row.findElement(By.cssSelector(".opencsc-address")).getText()).isEqualTo("7 Rosemary Close, Leeds, LS6 2AB");
        assertThat(row.findElement(By.cssSelector(".opencsc-parents")).getText()).isEqualTo("Hannah " + surname);
        assertThat(row.findElement(By.cssSelector(".opencsc-case")).getText()).isEqualTo("No referral");
        browser.screenshot("search-results");

        browser.submit(By.id("add-searched-for"));
        assertThat(browser.heading()).isEqualTo("Add a person");
        assertThat(browser.find(By.id("givenName")).getDomProperty("value")).isEqualTo("Maya");
        assertThat(browser.find(By.id("familyName")).getDomProperty("value")).isEqualTo(surname);
    }
}
