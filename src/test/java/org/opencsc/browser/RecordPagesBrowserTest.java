package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.childrecord.CaseNoteInput;
import org.opencsc.childrecord.CaseNotes;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A social worker reaches every part of a child's record in one click: the summary (what matters
 * now) and each part's own page through the sub-navigation, which says where they are, with the
 * same header on every page, no serious accessibility problem on any, and a screenshot of each.
 */
@IntegrationTest
@Tag("browser")
class RecordPagesBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    CaseNotes caseNotes;
    @Autowired
    JdbcClient jdbc;
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
    void signIn() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port).signIn("social");
    }

    @Test
    void aSocialWorkerClicksThroughEveryPartOfTheRecordFromItsSummary() {
        LocalDate today = LocalDate.now(clock);
        ProtectionJourney.Referred r = journey.referredAndAllocated(today.minusDays(30));
        ChildProtectionPlan plan = journey.onAPlan(r, today.minusDays(28), today.minusDays(14), "chair");
        long child = r.child();
        String name = jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").params(child)
                .query(String.class).single();
        caseNotes.add(child, new CaseNoteInput(CaseNoteType.VISIT, Instant.now(clock).minus(2, ChronoUnit.HOURS), "Home visit after the conference",
                "Kai was seen alone and showed me his room.", List.of()), journey.user("social"), AccessLog.Channel.API);

        // The summary: what matters now.
        browser.open("/people/" + child);
        assertOn(RecordPart.SUMMARY, child, name);
        assertThat(browser.find(By.id("level-of-need")).getText()).isEqualTo("Child protection");
        assertThat(browser.find(By.id("open-episode")).getText()).startsWith("Open since");
        assertThat(browser.find(By.id("current-plan")).getText()).contains("Child protection plan: neglect");
        assertThat(browser.find(By.id("allocated-worker")).getText()).contains("Sam Social");
        assertThat(browser.findAll(By.cssSelector(".opencsc-alerts .govuk-tag")).stream().map(WebElement::getText))
                .contains("Child protection plan");
        List<String> due = browser.findAll(By.cssSelector("#child-due-work tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(due).anySatisfy(row -> assertThat(row).contains(Dates.govuk(plan.nextCoreGroupDueOn()), "Core group"));
        assertThat(due).anySatisfy(row -> assertThat(row).contains(Dates.govuk(plan.nextReviewDueOn()),
                "Review child protection conference"));
        assertThat(browser.find(By.id("chronology")).getText()).contains("Home visit after the conference");
        Axe.assertNoSeriousViolations(browser, "record summary");
        long summaryHeight = pageHeight();
        assertThat(browser.screenshot("record-summary")).isNotEmptyFile();

        // Every other part, one click away in the sub-navigation.
        for (RecordPart part : RecordPart.values()) {
            if (part == RecordPart.SUMMARY) {
                continue;
            }
            browser.submit(By.id(part.navigationId()));
            assertOn(part, child, name);
            Axe.assertNoSeriousViolations(browser, "record " + part.label());
            assertThat(browser.screenshot("record-" + part.segment())).isNotEmptyFile();
            System.out.printf("Record page %s: %d px tall (summary %d px)%n", part.label(), pageHeight(), summaryHeight);
        }

        // And back to the summary from any part.
        browser.submit(By.id(RecordPart.SUMMARY.navigationId()));
        assertOn(RecordPart.SUMMARY, child, name);
    }

    @Test
    void theChronologyPageFiltersOnItsOwnAddressAndKeepsTheFilter() {
        LocalDate today = LocalDate.now(clock);
        long child = journey.referredAndAllocated(today.minusDays(3)).child();
        caseNotes.add(child, new CaseNoteInput(CaseNoteType.VISIT, Instant.now(clock).minus(1, ChronoUnit.HOURS), "Visit to filter for",
                "Seen at school.", List.of()), journey.user("social"), AccessLog.Channel.API);

        browser.open("/people/" + child).submit(By.id(RecordPart.CHRONOLOGY.navigationId()));
        browser.find(By.cssSelector("details.govuk-details summary")).click();
        browser.check("show-VISIT").submit(By.xpath("//button[normalize-space()='Apply filter']"));

        assertThat(browser.path()).isEqualTo(RecordPart.CHRONOLOGY.path(child));
        assertThat(browser.find(By.id(RecordPart.CHRONOLOGY.navigationId())).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findAll(By.cssSelector("#chronology-entries > li .opencsc-chronology__meta strong")).stream()
                .map(WebElement::getText)).isNotEmpty().containsOnly("Visit");
        assertThat(browser.find(By.id("show-VISIT")).isSelected()).as("filter kept").isTrue();
    }

    private void assertOn(RecordPart part, long child, String name) {
        assertThat(browser.path()).isEqualTo(part.path(child));
        assertThat(browser.heading()).as("the same child header on every page").isEqualTo(name);
        assertThat(browser.find(By.id("record-part-heading")).getText()).isEqualTo(part.label());
        assertThat(browser.title()).isEqualTo((part == RecordPart.SUMMARY ? "" : part.label() + " - ") + name + " - OpenCSC");
        WebElement nav = browser.find(By.cssSelector("nav.opencsc-sub-navigation"));
        assertThat(nav.getDomAttribute("aria-label")).isEqualTo("Parts of " + name + "’s record");
        List<WebElement> current = nav.findElements(By.cssSelector("a[aria-current='page']"));
        assertThat(current).extracting(WebElement::getText).as("only this page is current").containsExactly(part.label());
        assertThat(current.getFirst().getDomAttribute("id")).isEqualTo(part.navigationId());
        assertThat(nav.findElements(By.tagName("a"))).extracting(WebElement::getText)
                .containsExactly(java.util.Arrays.stream(RecordPart.values()).map(RecordPart::label).toArray(String[]::new));
    }

    private long pageHeight() {
        return ((Number) browser.script("return Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY)")).longValue();
    }
}
