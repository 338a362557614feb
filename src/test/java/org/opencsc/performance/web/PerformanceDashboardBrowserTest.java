package org.opencsc.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The senior leader's way from the council's figures to a child: signs in onto the dashboard,
 * follows "assessments over 45 working days" (the assessments figure's "not met" link, whole
 * council: the demo council has late ones) to the children behind it, and opens one child's record.
 */
@IntegrationTest
@Tag("browser")
class PerformanceDashboardBrowserTest {

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
        browser.at(port);
    }

    @Test
    void theLeaderFollowsAFigureToItsChildrenAndOpensOne() {
        browser.signIn("leader");
        assertThat(browser.heading()).isEqualTo("Council overview");
        browser.find(By.id("figures-as-at"));
        browser.driver().findElement(By.linkText("Performance")).click();
        assertThat(browser.path()).isEqualTo("/performance");

        // "Assessments over 45 working days": the not-met part of the assessments figure, whole council.
        browser.find(By.id("assessments-in-time-not-met")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("/performance/figures/assessments-in-time").contains("met=false");
        assertThat(browser.path()).startsWith("/performance/figures/");
        WebElement child = browser.find(By.cssSelector("#figure-rows a[href^='/people/']"));
        String name = child.getText();
        String href = child.getDomAttribute("href");
        child.click();
        assertThat(browser.path()).isEqualTo(href);
        assertThat(browser.heading()).contains(name.substring(name.lastIndexOf(' ') + 1));
    }
}
