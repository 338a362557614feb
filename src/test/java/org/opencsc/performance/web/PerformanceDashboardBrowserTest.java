package org.opencsc.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The senior leader's way from the council's figures to a child: signs in onto the dashboard,
 * follows the first share figure's "not met" link (the assessments over 45 working days, once
 * that figure is there) to the children behind it, and opens one child's record.
 */
@IntegrationTest
@Tag("browser")
class PerformanceDashboardBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

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
        browser.at(port);
    }

    @Test
    void theLeaderFollowsAFigureToItsChildrenAndOpensOne() {
        PerformanceDataset data = new PerformanceDataset(new Fixtures(people, users, jdbc), jdbc, clock.today());
        browser.signIn("leader");
        assertThat(browser.heading()).isEqualTo("Council overview");
        browser.find(By.id("figures-as-at"));
        browser.driver().findElement(By.linkText("Performance")).click();
        assertThat(browser.path()).isEqualTo("/performance");

        List<WebElement> notMet = browser.findAll(By.cssSelector("main a[id$='-not-met']"));
        boolean share = !notMet.isEmpty();
        if (share) {
            notMet.getFirst().click();
            assertThat(browser.driver().getCurrentUrl()).contains("met=false");
        } else {
            // No share figure on this branch yet: the contacts figure's children, for the dataset's team.
            browser.open("/performance?team=" + data.team);
            browser.find(By.id("contacts-link")).click();
        }
        assertThat(browser.path()).startsWith("/performance/figures/");
        WebElement child = browser.find(By.cssSelector("#figure-rows a[href^='/people/']"));
        String name = child.getText();
        String href = child.getDomAttribute("href");
        child.click();
        assertThat(browser.path()).isEqualTo(href);
        assertThat(browser.heading()).contains(name.substring(name.lastIndexOf(' ') + 1));
        Assumptions.assumeTrue(share, "No share figure on the dashboard yet: followed the contacts figure instead of a 'not met' link");
    }
}
