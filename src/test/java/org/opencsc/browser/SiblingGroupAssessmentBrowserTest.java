package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.assessment.ReferredChildren;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sibling group's assessment walked as the worker and the manager do it (issue 10, findings 12
 * and 17): started for brother and sister at once, the family sections written once on the
 * brother's page and read on the sister's, each child's own sections on their own page, both
 * submitted, and the manager authorising one with their reasoning and returning the other.
 */
@IntegrationTest
@Tag("browser")
class SiblingGroupAssessmentBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ReferredChildren fx;

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
    void theFamilyIsWrittenOnceEachChildSeparatelyAndTheManagerAuthorisesWithAComment() {
        ReferredChildren.Siblings f = fx.siblingsReferred(LocalDate.of(2025, 9, 1));

        browser.signIn("social").open("/people/" + f.older()).submit(By.id("start-assessment-" + f.olderReferral()));
        date("startedOn", LocalDate.of(2025, 9, 2));
        browser.check("siblingReferralIds");
        browser.screenshot("sibling-group-assessment-start");
        Axe.assertNoSeriousViolations(browser, "start a sibling group's assessment");
        browser.submit(By.id("start-assessment"));
        String noahs = browser.path();
        assertThat(noahs).matches("/assessments/\\d+");

        // The family part, once, on Noah's page; then Noah's own.
        browser.type(By.id("history"), "Mum moved the family from Cardiff in 2023, away from dad's violence.")
                .type(By.id("parentalCapacity"), "Mum is warm with both children but overwhelmed since the move.");
        own("Noah", "Noah wants to stay with mum and keep his football.");
        browser.screenshot("sibling-group-assessment-family-and-child");
        Axe.assertNoSeriousViolations(browser, "a sibling group's assessment");
        browser.submit(By.id("submit-assessment"));
        assertThat(browser.find(By.id("status")).getText()).containsIgnoringCase("awaiting authorisation");

        // Ella's page already carries the family's text; only her own sections are written there.
        browser.submit(By.cssSelector("#sibling-group a"));
        String ellas = browser.path();
        assertThat(browser.find(By.id("parentalCapacity")).getAttribute("value")).contains("overwhelmed since the move");
        assertThat(browser.find(By.id("wishesAndFeelings")).getAttribute("value")).isEmpty();
        own("Ella", "Ella drew her family with nan in it.");
        browser.submit(By.id("submit-assessment"));
        assertThat(browser.find(By.id("status")).getText()).containsIgnoringCase("awaiting authorisation");

        browser.signIn("manager").open(noahs);
        assertThat(browser.find(By.id("section-parentalCapacity")).getText()).contains("overwhelmed since the move");
        browser.type(By.id("comment"), "Clear analysis of the impact of the move; CIN plan for both children.");
        date("authorisedOn", LocalDate.of(2025, 10, 2));
        browser.submit(By.id("authorise-assessment"));
        assertThat(browser.find(By.id("status")).getText()).containsIgnoringCase("authorised");
        assertThat(browser.find(By.id("authorised-comment")).getText()).contains("Clear analysis of the impact of the move");
        browser.screenshot("sibling-group-assessment-authorised-with-comment");

        browser.open(ellas).submit(By.id("return-assessment"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Say what the worker needs to change");
        browser.type(By.id("comment"), "Say more about Ella's speech delay.").submit(By.id("return-assessment"));
        assertThat(browser.find(By.id("returned-comment")).getText()).contains("speech delay");
    }

    private void own(String name, String wishes) {
        browser.type(By.id("wishesAndFeelings"), wishes)
                .type(By.id("cultureAndIdentity"), name + " is proud of the family's Welsh roots.")
                .type(By.id("riskAndProtectiveFactors"), "Risk: neglect when mum is low. Protective: nan nearby.")
                .type(By.id("analysis"), name + "'s needs are met inconsistently; support with routines is needed.");
        browser.check("factors");
        browser.check(browser.find(By.cssSelector("input[name='outcome'][value='CHILD_IN_NEED']")).getAttribute("id"));
        browser.type(By.id("outcomeReasons"), "Threshold for child in need met.");
        date("completedOn", LocalDate.of(2025, 10, 1));
    }

    private void date(String field, LocalDate day) {
        browser.type(By.id(field + "-day"), String.valueOf(day.getDayOfMonth()))
                .type(By.id(field + "-month"), String.valueOf(day.getMonthValue()))
                .type(By.id(field + "-year"), String.valueOf(day.getYear()));
    }
}
