package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.childrecord.CaseNoteInput;
import org.opencsc.childrecord.CaseNotes;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.web.CensusFiles;
import org.opencsc.returns.census.web.CensusYears;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core on the real pages, filled with real content, in headless Chromium: no serious or
 * critical WCAG 2.2 A/AA violations. Public sector services must meet WCAG 2.2 AA, and
 * social workers who use screen readers or keyboards must be able to do their job.
 */
@IntegrationTest
@Tag("browser")
class AccessibilityBrowserTest {

    static Browser browser;

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    CaseNotes caseNotes;
    @Autowired
    UserRepository users;
    @Autowired
    org.opencsc.protection.ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** One browser for the whole class, started by its first test so that a missing Chromium shows as skipped tests. */
    @BeforeEach
    void useServer() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port);
    }

    /** Guards every other test here: an axe that never ran would find nothing wrong anywhere. */
    @Test
    void axeFindsAProblemPutIntoAPage() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.script("document.getElementById('username').labels[0].remove()");
        assertThat(Axe.violations(browser)).extracting(Axe.Violation::rule).contains("label");
    }

    @Test
    void signInPage() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        checkPage("sign in");
        browser.type(By.id("username"), "duty").type(By.id("password"), "wrong")
                .submit(By.cssSelector("form[action='/sign-in'] button[type=submit]"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("sign in with an error");
    }

    @Test
    void myWorkWithACaseload() {
        browser.signIn("social");
        browser.find(By.cssSelector("main table"));
        checkPage("my work");
    }

    /** The document upload form as it opens and refused with nothing chosen (issue 13). */
    @Test
    void documentUploadWithErrors() {
        long child = journey.referredAndAllocated(LocalDate.now(clock).minusDays(7)).child();
        browser.signIn("social").open("/people/" + child + "/documents/new");
        browser.find(By.id("save-document"));
        checkPage("document upload");
        browser.find(By.id("save-document")).click();
        browser.find(By.className("govuk-error-summary"));
        checkPage("document upload with errors");
    }

    @Test
    void searchResults() {
        String surname = TestNames.uniqueSurname();
        createChild("Ruby", surname, LocalDate.of(2017, 2, 14), null);
        createChild("Rubie", surname, LocalDate.of(2017, 2, 15), null);
        browser.signIn("duty").open("/people/search?name=Ruby+" + surname);
        browser.find(By.cssSelector("main table"));
        checkPage("search results");
    }

    @Test
    void addPersonWithErrorsAndTheDuplicateCheck() {
        String surname = TestNames.uniqueSurname();
        createChild("Isla", surname, LocalDate.of(2015, 10, 1), null);
        browser.signIn("duty").open("/people/new");
        checkPage("add a person");
        assertThat(browser.find(By.id("child")).findElement(By.xpath("ancestor::fieldset")).getDomAttribute("aria-describedby"))
                .as("no error to describe").isNull();
        browser.type(By.id("familyName"), surname)
                .type(By.id("dateOfBirth-day"), "31").type(By.id("dateOfBirth-month"), "2").type(By.id("dateOfBirth-year"), "2015")
                .type(By.id("nhsNumber"), "123").submit(By.id("save-person"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("add a person with errors");
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("child or an adult");

        browser.check("child").type(By.id("givenName"), "Isla").type(By.id("familyName"), surname)
                .type(By.id("dateOfBirth-day"), "1").type(By.id("dateOfBirth-month"), "10").type(By.id("dateOfBirth-year"), "2015")
                .type(By.id("nhsNumber"), "").submit(By.id("save-person"));
        browser.find(By.id("duplicates"));
        checkPage("add a person: check for an existing record");
    }

    @Test
    void frontDoorAndStrategyDiscussionPages() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        browser.signIn("dutymanager").open("/front-door");
        checkPage("duty queue");
        browser.open("/referrals/allocation");
        checkPage("referrals awaiting allocation");
        browser.signIn("manager").open("/people/" + r.child() + "/transfer");
        checkPage("transfer to another worker or team");
        browser.submit(By.id("transfer"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("transfer with errors");
        browser.signIn("social").open("/referrals/" + r.referral() + "/strategy-discussion");
        checkPage("strategy discussion");
        browser.submit(By.id("save-strategy-discussion"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("strategy discussion with errors");

        long enquiry = journey.s47Started(r, LocalDate.of(2025, 5, 6));
        browser.open("/s47-enquiries/" + enquiry + "/outcome").submit(By.id("save-outcome"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("section 47 outcome with errors");
        // Before the enquiry's outcome there is no conference to record: a plain page instead of the form.
        browser.signIn("chair").open("/s47-enquiries/" + enquiry + "/conference");
        browser.find(By.id("step-closed"));
        checkPage("initial conference before the enquiry's outcome");
        journey.s47Completed(enquiry, org.opencsc.protection.enquiry.S47Outcome.ICPC_REQUIRED, LocalDate.of(2025, 5, 9));
        browser.open("/s47-enquiries/" + enquiry + "/conference").submit(By.id("save-conference"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("initial conference with errors");
    }

    @Test
    void reviewCoreGroupPlanListAndChairPages() {
        var r = journey.referredAndAllocated(LocalDate.of(2026, 5, 1));
        var plan = journey.onAPlan(r, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20), "chair");
        browser.signIn("chair").open("/plans/" + plan.id() + "/review-conference").submit(By.id("save-review"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("review conference with errors");
        browser.open("/chair");
        browser.find(By.id("chair-cases"));
        checkPage("chair's view");
        browser.open("/plans/" + plan.id() + "/escalation").submit(By.id("save-escalation"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("escalation with errors");
        browser.type(By.id("text"), "No core group yet").submit(By.id("save-escalation"));
        browser.find(By.id("chair-cases"));
        browser.open("/protection/plans");
        browser.find(By.id("plans"));
        checkPage("plan lists");

        browser.signIn("social").open("/plans/" + plan.id() + "/core-group");
        browser.type(By.id("heldOn-day"), "2").type(By.id("heldOn-month"), "6").type(By.id("heldOn-year"), "2026")
                .submit(By.id("save-core-group"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("core group with errors");
        // The date typed in the browser's boxes is bound and shown again.
        assertThat(browser.find(By.id("heldOn-month")).getAttribute("value")).isEqualTo("6");
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).doesNotContain("date");

        browser.signIn("manager").open("/people/" + r.child());
        browser.find(By.cssSelector("[id^=respond-escalation-]")).click();
        browser.find(By.id("save-response"));
        checkPage("escalation response");
    }

    @Test
    void levelClosureAndStrategyDiscussionViewPages() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.s47Started(r, LocalDate.of(2025, 5, 6));
        browser.signIn("social").open("/people/" + r.child());
        browser.find(By.cssSelector("#strategy-discussions a")).click();
        browser.find(By.id("corrections"));
        checkPage("strategy discussion view");
        browser.find(By.cssSelector("#corrections ~ details summary")).click();
        browser.type(By.id("reason"), "").submit(By.id("save-correction"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("strategy discussion correction with errors");

        browser.signIn("manager").open("/people/" + r.child() + "/level");
        checkPage("step up or down");
        browser.submit(By.id("save-level"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("step up or down with errors");
        browser.open("/referrals/" + r.referral() + "/closure");
        browser.find(By.id("work-open"));
        checkPage("close the case while a Section 47 enquiry is unfinished");
        var other = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        browser.open("/referrals/" + other.referral() + "/closure");
        checkPage("close the case");
        browser.type(By.id("closedOn-day"), "40").submit(By.id("close-case"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("close the case with errors");
    }

    @Test
    void childRecordAndCaseNoteForm() {
        String surname = TestNames.uniqueSurname();
        CurrentUser duty = users.findByUsername("duty").orElseThrow();
        long child = createChild("Freya", surname, LocalDate.of(2014, 3, 9), null);
        long sibling = createChild("Alfie", surname, LocalDate.of(2011, 12, 1), child);
        caseNotes.add(child, new CaseNoteInput(CaseNoteType.VISIT, clock.instant().minus(1, ChronoUnit.DAYS),
                "Home visit", "Freya was seen alone in her bedroom.", List.of(sibling)), duty, AccessLog.Channel.API);

        browser.signIn("duty").open("/people/" + child);
        browser.find(By.cssSelector("#chronology-entries li"));
        checkPage("child record");
        browser.submit(By.id("record-nav-family"));
        browser.find(By.id("family-network"));
        checkPage("child record's family");
        browser.submit(By.id("record-nav-chronology"));
        browser.find(By.cssSelector("#chronology-entries li"));
        checkPage("child record's chronology");
        browser.find(By.cssSelector("details.govuk-details summary")).click();
        browser.type(By.id("from-day"), "40").submit(By.xpath("//button[normalize-space()='Apply filter']"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("child record with a filter error");

        browser.open("/people/" + child + "/case-notes/new");
        browser.find(By.id("alsoFor-" + sibling));
        checkPage("case note form");
        browser.type(By.id("occurred-day"), "").submit(By.id("save-case-note"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("case note form with errors");
    }

    @Test
    void visitFormAndVisit() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long sibling = createChild("Mia", TestNames.uniqueSurname(), LocalDate.of(2018, 5, 5), r.child());
        browser.signIn("social").open("/visits/new?childId=" + r.child());
        browser.find(By.id("child-" + sibling + "-include"));
        checkPage("visit form");
        browser.type(By.id("visitedOn-day"), "").submit(By.id("save-visit"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("visit form with errors");
        browser.type(By.id("visitedOn-day"), "1").check("visitorRole").check("visitType").check("place")
                .check("child-" + r.child() + "-seen").check("child-" + r.child() + "-seenAlone").submit(By.id("save-visit"));
        browser.find(By.className("govuk-notification-banner"));
        checkPage("visit");
    }

    @Test
    void annexAPageWithItsListsAndWithADateError() {
        browser.signIn("inspector").open("/returns/annex-a");
        browser.find(By.cssSelector("#lists #list-1"));
        checkPage("annex a");
        browser.open("/returns/annex-a?date=31%2F02%2F2026");
        browser.find(By.className("govuk-error-summary"));
        checkPage("annex a with a date error");
    }

    @Test
    void censusPagesWithProblemsAndAnImport() throws Exception {
        // A child in the current year with no UPN and no reason why: the report has a problem with a link to fix it.
        CensusYear year = CensusYears.current(clock);
        var r = journey.referredAndAllocated(year.start(), "social", year.referenceDate().minusYears(10), "WBRI");
        browser.signIn("leader").open("/returns/cin-census");
        checkPage("census");
        browser.open("/returns/cin-census?year=20x6");
        browser.find(By.className("govuk-error-summary"));
        checkPage("census with a year error");
        browser.open("/returns/cin-census/report?year=" + year.year());
        browser.find(By.cssSelector("#child-" + r.child() + " a.opencsc-fix-link"));
        checkPage("census report with problems");
        browser.open("/people/" + r.child() + "/census-details");
        browser.find(By.id("census-details"));
        checkPage("census details");

        browser.signIn("social").open("/people/" + r.child() + "/census-details/edit");
        browser.type(By.id("formerUpn"), "not a UPN").submit(By.cssSelector("main form button[type=submit]"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("census details with errors");

        browser.signIn("dataofficer").open("/returns/cin-census");
        browser.submit(By.id("check-file"));
        browser.find(By.className("govuk-error-summary"));
        checkPage("census file check with no file");
        Path file = Files.createTempFile("census-a11y", ".xml");
        try {
            Files.writeString(file, "<Message><Header>");
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.submit(By.id("check-file"));
            browser.find(By.id("file-problems"));
            checkPage("census file refused");
            Files.writeString(file, CensusFiles.newChild(jdbc).xml());
            browser.open("/returns/cin-census");
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.submit(By.id("import-file"));
            browser.find(By.id("import-result"));
            checkPage("census import result");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void performanceDashboardAFiguresChildrenAndTheLeadersHome() {
        browser.signIn("leader");
        browser.find(By.id("figures-as-at"));
        checkPage("leader home dashboard");
        browser.open("/performance");
        browser.find(By.id("figures-as-at"));
        checkPage("performance dashboard");
        browser.open("/performance?from=2026-02-30&team=987654321");
        browser.find(By.className("govuk-error-summary"));
        checkPage("performance dashboard with errors");
        browser.open("/performance/figures/contacts");
        browser.find(By.id("figure-heading"));
        checkPage("performance figure children");
    }

    /** axe on the page shown, and a screenshot of it (target/screenshots/a11y-...) for people to look at. */
    private void checkPage(String page) {
        browser.screenshot("a11y-" + page.replaceAll("[^a-z]+", "-"));
        Axe.assertNoSeriousViolations(browser, page);
        assertErrorsAndHintsAreAnnounced(page);
    }

    /**
     * GOV.UK's pattern, which axe cannot check: every error message and hint is named in the
     * aria-describedby of its input or fieldset, so a screen reader reads it when the field
     * gets focus rather than leaving it to be found by reading the page line by line.
     */
    @SuppressWarnings("unchecked")
    private void assertErrorsAndHintsAreAnnounced(String page) {
        List<String> unreferenced = (List<String>) browser.script("""
                const described = new Set([...document.querySelectorAll('[aria-describedby]')]
                    .flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)));
                return [...document.querySelectorAll('main .govuk-error-message, main .govuk-hint')]
                    .filter(e => !e.id || !described.has(e.id))
                    .map(e => (e.id || 'no id') + ': ' + e.textContent.trim());
                """);
        assertThat(unreferenced).as("error messages and hints not announced with their field on %s", page).isEmpty();
    }

    private long createChild(String given, String family, LocalDate born, Long siblingOf) {
        var in = new PersonInput(true, given, family, List.of(), born, null, "0", null, null, null, null, null, List.of(), null);
        var relateTo = siblingOf == null ? null : new PersonService.RelateTo(siblingOf, RelationshipType.SIBLING, false);
        CurrentUser duty = users.findByUsername("duty").orElseThrow();
        return ((PersonService.CreateResult.Created) people.create(in, relateTo, true, duty, AccessLog.Channel.API)).id();
    }
}
