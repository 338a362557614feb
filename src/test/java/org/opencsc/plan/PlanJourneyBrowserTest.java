package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A social worker in headless Chromium drafts a task-only plan, is shown by "Check the plan"
 * what it lacks, fixes it, finalises it, and records a review whose chart shows the baseline
 * and the new score. Then the manager discusses the child in Sam Social's supervision, and the
 * discussion shows on the child's record.
 */
@IntegrationTest
@Tag("browser")
class PlanJourneyBrowserTest {

    /** Today by the application's clock, read before each test. */
    LocalDate today;

    static Browser browser;

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aTaskOnlyPlanIsCheckedFixedFinalisedAndReviewedWithItsProgressCharted() {
        long child = fx.referredAndAllocated(today.minusDays(60)).child();
        browser = Browser.start();
        browser.at(port).signIn("social");

        // A task list, as Ofsted found: a need and an action, nothing else.
        browser.open("/people/" + child).submit(By.id("start-child-plan"));
        browser.check("kind").submit(By.id("start-plan"));
        assertThat(browser.path()).matches("/child-plans/\\d+");
        String planPath = browser.path();
        browser.submit(By.id("add-need")).type(By.id("text"), "Kai needs to be in school every day").submit(By.id("save-need"));
        // The action is asked for its owner where it is written, and a date already gone is refused, keeping what was typed.
        browser.submit(By.id("add-action-0")).type(By.id("what"), "Walk Kai to school")
                .type(By.id("dueOn-day"), "1").type(By.id("dueOn-month"), "1").type(By.id("dueOn-year"), "2000")
                .submit(By.id("save-action"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter who will do it");
        assertThat(browser.find(By.id("what")).getAttribute("value")).isEqualTo("Walk Kai to school");
        browser.type(By.id("owner"), "Mum").submit(By.id("save-action"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("cannot be in the past: give today, " + Dates.govuk(today) + ", or a later date");
        assertThat(browser.find(By.id("owner")).getAttribute("value")).isEqualTo("Mum");
        assertThat(browser.find(By.id("dueOn-year")).getAttribute("value")).isEqualTo("2000");
        browser.type(By.id("dueOn-day"), "").type(By.id("dueOn-month"), "").type(By.id("dueOn-year"), "").submit(By.id("save-action"));

        browser.submit(By.id("check-plan"));
        assertThat(issues()).containsExactly(
                "Need 1 has actions but no outcome: say what will change for the child",
                "Action 1 of need 1 has no due date: say by when",
                "Add the child’s view of the plan, in their own words",
                "Add a contingency: say what will happen if progress is not made");
        assertThat(browser.find(By.cssSelector("#plan-issues a")).getAttribute("href")).endsWith("#needs-0");
        assertThat(browser.find(By.id("plan-status")).getText()).as("checking saves nothing").isEqualTo("Draft");
        Axe.assertNoSeriousViolations(browser, "plan page with the check's issues");

        // Finalising anyway is refused with the same list.
        browser.submit(By.id("finalise-plan"));
        assertThat(issues()).hasSize(4);

        browser.submit(By.id("add-outcome-0"));
        Axe.assertNoSeriousViolations(browser, "add an outcome");
        browser
                .type(By.id("text"), "Kai gets to school on time every day")
                .type(By.id("zeroMeans"), "Kai misses most mornings")
                .type(By.id("tenMeans"), "Kai is in class by 8:50 every day")
                .type(By.id("baseline"), "3")
                .submit(By.id("save-outcome"));
        LocalDate due = today.plusDays(14);
        browser.submit(By.cssSelector("#needs-0-actions-0 a"))
                .type(By.id("dueOn-day"), String.valueOf(due.getDayOfMonth()))
                .type(By.id("dueOn-month"), String.valueOf(due.getMonthValue()))
                .type(By.id("dueOn-year"), String.valueOf(due.getYear()))
                .submit(By.id("save-action"));
        browser.submit(By.id("change-views"))
                .type(By.id("childView"), "I want to get to school before the bell so I can play football")
                .type(By.id("contingency"), "If Kai is not in school on time 4 days in 5 by March, a legal planning meeting")
                .submit(By.id("save-views"));

        browser.submit(By.id("check-plan"));
        assertThat(browser.isPresent(By.id("plan-issues"))).isFalse();
        assertThat(browser.find(By.id("plan-ready")).getText()).contains("ready to finalise");
        browser.submit(By.id("finalise-plan"));
        assertThat(browser.path()).isEqualTo(planPath);
        assertThat(browser.find(By.id("plan-status")).getText()).isEqualTo("Version 1 finalised");

        // The first review: Kai is doing better, and Mum walked him in.
        browser.submit(By.id("record-review"));
        assertThat(browser.find(By.id("kind")).isSelected()).as("a CIN plan is reviewed at a CIN review").isTrue();
        browser.type(By.id("heldOn-day"), String.valueOf(today.getDayOfMonth()))
                .type(By.id("heldOn-month"), String.valueOf(today.getMonthValue()))
                .type(By.id("heldOn-year"), String.valueOf(today.getYear()))
                .type(By.id("attendance"), "Mum; Sam Social; Mrs Khan (school)")
                .type(By.cssSelector("input[name^='scores.']"), "12")
                .type(By.id("decision"), "Continue the plan")
                .submit(By.id("save-review"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The score for outcome 1 of need 1 must be a whole number from 0 to 10");
        assertThat(browser.find(By.id("attendance")).getAttribute("value")).isEqualTo("Mum; Sam Social; Mrs Khan (school)");
        Axe.assertNoSeriousViolations(browser, "review form with an error");
        String action = browser.find(By.cssSelector("input[name='done']")).getAttribute("id");
        browser.type(By.cssSelector("input[name^='scores.']"), "7").check(action).submit(By.id("save-review"));

        assertThat(browser.path()).startsWith(planPath + "/reviews/");
        WebElement chart = browser.find(By.cssSelector("svg.opencsc-progress-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("circle.opencsc-progress-point")).stream()
                .map(c -> c.getAttribute("data-score")).toList()).containsExactly("3", "7");
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
                .isEqualTo("Baseline: 3; " + org.opencsc.platform.web.Dates.govuk(today) + ": 7");
        assertThat(browser.find(By.cssSelector("#needs-0-actions-0")).getText()).contains("Done");
        Axe.assertNoSeriousViolations(browser, "review with its progress chart");
        browser.screenshot("plan-progress");

        browser.open("/people/" + child);
        assertThat(browser.find(By.id("child-plan")).getText()).contains("Child in need plan: Version 1 finalised")
                .contains("Last reviewed " + org.opencsc.platform.web.Dates.govuk(today));

        supervisionDiscussesTheChildAndShowsOnTheRecord(child);
    }

    /** The issue's last step: "a supervision session discusses the child and shows on the child's record". */
    private void supervisionDiscussesTheChildAndShowsOnTheRecord(long child) {
        long social = jdbc.sql("SELECT id FROM app_user WHERE username = 'social'").query(Long.class).single();
        LocalDate actionDue = today.plusDays(28);
        String reflection = "Kai is getting to school on time more often (3 to 7); Mum walks him in most days";
        browser.signIn("manager").open("/supervision/new?workerId=" + social);
        browser.type(By.id("heldOn-day"), String.valueOf(today.getDayOfMonth()))
                .type(By.id("heldOn-month"), String.valueOf(today.getMonthValue()))
                .type(By.id("heldOn-year"), String.valueOf(today.getYear()))
                .type(By.id("wellbeing"), "Manageable caseload; wants training on plans");
        // Every child on Sam's caseload has a section: open Kai's and write in it.
        String base = browser.find(By.cssSelector("input[name='childId'][value='" + child + "']")).getAttribute("id")
                .replace("childId", "");
        int section = Integer.parseInt(base.replaceAll("\\D", ""));
        browser.find(By.cssSelector("details[id='" + base + "section'] summary")).click();
        int action = section * org.opencsc.workforce.SupervisionForm.ACTIONS_PER_CHILD;
        browser.type(By.id(base + "reflection"), reflection)
                .type(By.id(base + "decisions"), "Keep the plan; no escalation")
                .type(By.id("actionText-" + action), "Ask school for weekly attendance")
                .select(By.id("actionOwner-" + action), "Sam Social (Social worker, Safeguarding team North)")
                .type(By.id("actionDue-" + action), actionDue.getDayOfMonth() + "/" + actionDue.getMonthValue() + "/" + actionDue.getYear())
                .submit(By.id("save-supervision"));
        assertThat(browser.path()).as("saved, or refused with: %s", browser.isPresent(By.className("govuk-error-summary")) ? browser.find(By.className("govuk-error-summary")).getText() : "no error summary").matches("/supervision/\\d+");

        browser.open("/people/" + child);
        WebElement entry = browser.findAll(By.cssSelector("#chronology-entries li")).stream()
                .filter(e -> e.getText().contains("Discussed in supervision of")).findFirst().orElseThrow();
        assertThat(entry.getText()).contains("Taylor Manager").contains(reflection)
                .contains("Keep the plan; no escalation")
                .contains("Ask school for weekly attendance (Sam Social, by " + org.opencsc.platform.web.Dates.govuk(actionDue) + ")")
                .as("the worker's wellbeing stays on the supervision record").doesNotContain("wants training");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", entry);
        browser.screenshot("supervision-on-record");
    }

    private static List<String> issues() {
        return browser.findAll(By.cssSelector("#plan-issues li")).stream().map(WebElement::getText).toList();
    }
}
