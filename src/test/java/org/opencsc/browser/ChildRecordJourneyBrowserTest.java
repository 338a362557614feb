package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.person.NhsNumber;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.platform.web.Dates;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A duty social worker's journey through the real pages in headless Chromium: find a person,
 * add a child (past the duplicate check), add a sibling, record one visit for both children,
 * and filter the chronology.
 */
@IntegrationTest
@Tag("browser")
class ChildRecordJourneyBrowserTest {

    static Browser browser;

    @Autowired
    TestClock clock;
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

    /** One browser for the whole class, started by its first test so that a missing Chromium shows as skipped tests. */
    @BeforeEach
    void signIn() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port).signIn("duty");
    }

    @Test
    void dutyWorkerAddsAChildPastTheDuplicateCheckAndRecordsAVisitForSiblings() {
        String surname = TestNames.uniqueSurname();
        LocalDate born = LocalDate.of(2016, 5, 12);
        long existing = createChild("Maisy", surname, born);

        // Find a person from the search box on "My work".
        browser.type(By.id("home-search"), "Maisy " + surname).submit(By.cssSelector("form[action='/people/search'] button"));
        assertThat(browser.path()).isEqualTo("/people/search");
        assertThat(browser.find(By.cssSelector("main h2")).getText()).endsWith("found");
        assertThat(linkTo(existing).getText()).isEqualTo("Maisy " + surname);

        // Add a child whose name and date of birth closely match the existing record.
        browser.submit(By.linkText("Add a person"));
        assertThat(browser.heading()).isEqualTo("Add a person");
        browser.check("child")
                .type(By.id("givenName"), "Maisie")
                .type(By.id("familyName"), surname);
        typeDate("dateOfBirth", born);
        browser.select(By.id("gender"), "Female").submit(By.id("save-person"));

        WebElement banner = browser.find(By.id("duplicates"));
        assertThat(banner.findElement(By.id("duplicates-title")).getText()).isEqualTo("Check for an existing record");
        assertThat(banner.findElements(By.cssSelector("a[href='/people/" + existing + "']")))
                .extracting(WebElement::getText).containsExactly("Maisy " + surname);
        assertThat(browser.find(By.id("givenName")).getDomProperty("value")).as("typed name kept").isEqualTo("Maisie");
        WebElement confirm = browser.find(By.id("save-person"));
        assertThat(confirm.getText()).isEqualTo("None of these: create a new record");
        browser.submit(By.id("save-person"));

        long child = idFromPath();
        assertThat(child).isNotEqualTo(existing);
        assertThat(browser.heading()).isEqualTo("Maisie " + surname);
        assertThat(successBanner()).contains("The record has been saved.");

        // Add a sibling from the family page of the child's record.
        browser.submit(By.id("record-nav-family"));
        assertThat(browser.path()).isEqualTo("/people/" + child + "/family");
        browser.submit(By.id("add-family-member"));
        assertThat(browser.find(By.cssSelector("main .govuk-caption-l")).getText()).isEqualTo("Family member of Maisie " + surname);
        browser.select(By.id("relationshipType"), "Sibling")
                .check("child")
                .type(By.id("givenName"), "Oliver")
                .type(By.id("familyName"), surname);
        typeDate("dateOfBirth", LocalDate.of(2013, 9, 3));
        browser.select(By.id("gender"), "Male").submit(By.id("save-person"));

        assertThat(browser.path()).as("back on the family page of the child's record").isEqualTo("/people/" + child + "/family");
        assertThat(successBanner()).contains("The record has been saved.");
        long sibling = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]created=(\\d+).*", "$1"));
        WebElement familyRow = linkTo(sibling).findElement(By.xpath("ancestor::tr"));
        assertThat(familyRow.getText()).contains("Oliver " + surname, "Sibling");

        // One visit, recorded once, for both children, from the record's summary.
        String summary = "Home visit: Maisie and Oliver seen together";
        browser.submit(By.id("record-nav-summary")).submit(By.id("add-case-note"));
        assertThat(browser.heading()).isEqualTo("Add a case note");
        browser.check("noteType-VISIT")
                .type(By.id("summary"), summary)
                .type(By.id("text"), "Both children were at home with their mother. Maisie said: \"I like my new school.\"")
                .check("alsoFor-" + sibling)
                .submit(By.id("save-case-note"));

        assertThat(idFromPath()).isEqualTo(child);
        assertThat(successBanner()).contains("The case note has been added to the chronology.");
        assertThat(chronologyEntry(summary).getText()).as("the newest entries, on the summary")
                .contains("Visit", "recorded by", "recorded for 2 people");

        browser.open("/people/" + sibling);
        assertThat(browser.heading()).isEqualTo("Oliver " + surname);
        assertThat(chronologyEntry(summary).getText()).contains("Visit", "recorded for 2 people");

        // The summary of the child's record as a worker sees it.
        browser.open("/people/" + child);
        Path screenshot = browser.screenshot("child-record");
        assertThat(screenshot).isNotEmptyFile();

        // Filter the chronology, on its own page, to visits only.
        browser.submit(By.id("record-nav-chronology"));
        assertThat(browser.path()).isEqualTo("/people/" + child + "/chronology");
        List<String> allTypes = entryTypes();
        assertThat(allTypes).contains("Visit", "Record created", "Family member linked");
        browser.find(By.cssSelector("details.govuk-details summary")).click();
        browser.check("show-VISIT").submit(By.xpath("//button[normalize-space()='Apply filter']"));
        assertThat(browser.driver().getCurrentUrl()).contains("show=VISIT");
        assertThat(entryTypes()).isNotEmpty().containsOnly("Visit");
        assertThat(chronologyEntry(summary)).isNotNull();
        assertThat(browser.find(By.id("show-VISIT")).isSelected()).as("filter kept").isTrue();
    }

    /** The form offers today's date and an optional time: saved as it is, at any hour (it was refused before noon). */
    @AtAwkwardTimes
    void aCaseNoteForTodayIsSavedAsOfferedAtAnyHour(ZonedDateTime at) {
        clock.set(at);
        long child = createChild("Rosa", TestNames.uniqueSurname(), LocalDate.of(2017, 2, 8));
        String summary = "Direct work at " + at.toOffsetDateTime();
        browser.open("/people/" + child + "/case-notes/new");
        assertThat(browser.find(By.id("occurred-day")).getDomProperty("value")).isEqualTo(String.valueOf(at.getDayOfMonth()));
        assertThat(browser.find(By.id("occurred-month")).getDomProperty("value")).isEqualTo(String.valueOf(at.getMonthValue()));
        assertThat(browser.find(By.id("occurred-year")).getDomProperty("value")).isEqualTo(String.valueOf(at.getYear()));
        browser.check("noteType-DIRECT_WORK")
                .type(By.id("summary"), summary)
                .type(By.id("text"), "School says attendance is better this week.")
                .submit(By.id("save-case-note"));

        assertThat(idFromPath()).isEqualTo(child);
        assertThat(successBanner()).contains("The case note has been added to the chronology.");
        WebElement entry = chronologyEntry(summary);
        assertThat(entry.findElement(By.tagName("time")).getText()).startsWith(Dates.govuk(at.toLocalDate()) + " at ");
    }

    @Test
    void addPersonFormShowsEveryProblemAndKeepsEverythingTyped() {
        String surname = TestNames.uniqueSurname();
        String badNhs = "943 476 5918";
        assertThat(NhsNumber.isValid(badNhs)).as("the NHS number's check digit is wrong").isFalse();
        int nextYear = clock.today().getYear() + 1;

        browser.open("/people/new")
                .check("child")
                .type(By.id("givenName"), "Esme")
                .type(By.id("familyName"), surname);
        browser.find(By.cssSelector("details summary")).click();
        browser.type(By.id("formerGivenName"), "Esmee").type(By.id("formerFamilyName"), surname + "e")
                .type(By.id("dateOfBirth-day"), "4").type(By.id("dateOfBirth-month"), "7")
                .type(By.id("dateOfBirth-year"), String.valueOf(nextYear))
                .select(By.id("gender"), "Female")
                .select(By.id("ethnicity"), "White - Irish")
                .type(By.id("nhsNumber"), badNhs)
                .type(By.id("firstLanguage"), "Polish")
                .type(By.id("religion"), "Roman Catholic")
                .check("disability-COMM")
                .type(By.id("addressLine1"), "14 Orchard Row")
                .type(By.id("town"), "Leeds")
                .type(By.id("postcode"), "LS1 4AP")
                .submit(By.id("save-person"));

        assertThat(browser.title()).startsWith("Error: ");
        WebElement summary = browser.find(By.className("govuk-error-summary"));
        assertThat(summary.findElements(By.tagName("a")))
                .extracting(a -> a.getDomAttribute("href"))
                .as("a date's error links to its day box").containsExactlyInAnyOrder("#dateOfBirth-day", "#nhsNumber");
        assertThat(summary.getText()).contains("Date of birth must be today or in the past", "NHS number is not valid");
        assertThat(browser.driver().switchTo().activeElement())
                .as("GOV.UK Frontend moves focus to the error summary").isEqualTo(summary);

        for (String field : List.of("dateOfBirth", "nhsNumber")) {
            WebElement group = browser.find(By.id(field)).findElement(By.xpath("ancestor::div[contains(@class,'govuk-form-group')][1]"));
            assertThat(group.getDomAttribute("class")).contains("govuk-form-group--error");
            assertThat(browser.find(By.id(field + "-error")).isDisplayed()).isTrue();
        }
        assertThat(browser.find(By.id("nhsNumber")).getDomAttribute("class")).contains("govuk-input--error");
        assertThat(browser.find(By.id("nhsNumber")).getDomAttribute("aria-describedby")).contains("nhsNumber-error");
        for (String part : List.of("Day", "Month", "Year")) {
            assertThat(browser.find(By.id("dateOfBirth-" + part.toLowerCase())).getDomAttribute("class")).contains("govuk-input--error");
        }
        assertThat(browser.findAll(By.className("govuk-form-group--error"))).hasSize(2);
        assertThat(browser.find(By.id("dateOfBirth")).findElement(By.xpath("ancestor::fieldset")).getDomAttribute("aria-describedby"))
                .as("the date's error is read out with it").contains("dateOfBirth-error");

        assertThat(browser.find(By.id("child")).isSelected()).isTrue();
        assertValue("givenName", "Esme");
        assertValue("familyName", surname);
        assertValue("formerGivenName", "Esmee");
        assertValue("formerFamilyName", surname + "e");
        assertValue("dateOfBirth-day", "4");
        assertValue("dateOfBirth-month", "7");
        assertValue("dateOfBirth-year", String.valueOf(nextYear));
        assertValue("gender", "2");
        assertValue("ethnicity", "WIRI");
        assertValue("nhsNumber", badNhs);
        assertValue("firstLanguage", "Polish");
        assertValue("religion", "Roman Catholic");
        assertThat(browser.find(By.id("disability-COMM")).isSelected()).isTrue();
        assertValue("addressLine1", "14 Orchard Row");
        assertValue("town", "Leeds");
        assertValue("postcode", "LS1 4AP");
        assertThat(browser.find(By.id("save-person")).getText()).as("nothing was saved").isEqualTo("Save and check for duplicates");
    }

    /** Signing in sends people back to the page they asked for, never to a script or style sheet the page loaded. */
    @Test
    void signingInReturnsToThePageFirstAskedFor() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/people/search?name=Smith");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.type(By.id("username"), "duty").type(By.id("password"), "demo")
                .submit(By.cssSelector("form[action='/sign-in'] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/people/search");
        assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo("Smith");
    }

    private long createChild(String given, String family, LocalDate born) {
        var in = new PersonInput(true, given, family, List.of(), born, null, "2", null, null, null, null, null, List.of(), null);
        var duty = users.findByUsername("duty").orElseThrow();
        return ((PersonService.CreateResult.Created) people.create(in, null, true, duty, AccessLog.Channel.API)).id();
    }

    private void typeDate(String field, LocalDate date) {
        browser.type(By.id(field + "-day"), String.valueOf(date.getDayOfMonth()))
                .type(By.id(field + "-month"), String.valueOf(date.getMonthValue()))
                .type(By.id(field + "-year"), String.valueOf(date.getYear()));
    }

    private void assertValue(String id, String expected) {
        assertThat(browser.find(By.id(id)).getDomProperty("value")).as("value kept in %s", id).isEqualTo(expected);
    }

    private WebElement linkTo(long personId) {
        return browser.find(By.cssSelector("main a[href='/people/" + personId + "']"));
    }

    /** The id of the child's record the browser is on; a refused form says why instead of only where it stayed. */
    private long idFromPath() {
        assertThat(browser.path()).as("on a child's record; the page's errors: %s", errorSummary()).matches("/people/\\d+");
        return Long.parseLong(browser.path().substring("/people/".length()));
    }

    private String errorSummary() {
        return browser.findAll(By.className("govuk-error-summary")).stream().map(WebElement::getText).findFirst().orElse("none");
    }

    private String successBanner() {
        return browser.find(By.className("govuk-notification-banner--success")).getText();
    }

    private WebElement chronologyEntry(String summary) {
        List<WebElement> found = browser.findAll(By.cssSelector("#chronology-entries > li")).stream()
                .filter(li -> li.getText().contains(summary)).toList();
        assertThat(found).as("chronology entries containing \"%s\"", summary).hasSize(1);
        return found.getFirst();
    }

    private List<String> entryTypes() {
        return browser.findAll(By.cssSelector("#chronology-entries > li .opencsc-chronology__meta strong")).stream()
                .map(WebElement::getText).toList();
    }
}
