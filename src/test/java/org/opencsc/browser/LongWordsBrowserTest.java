package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanContent;
import org.opencsc.plan.PlanKind;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 300-character word (a pasted link, a reference) wraps inside its box on the pages that show
 * what people typed (the chronology, a summary list, a table) instead of making the page wider
 * than the window.
 */
@IntegrationTest
@Tag("browser")
class LongWordsBrowserTest {

    static Browser browser;
    static final String WORD = "https://example.org/" + "a".repeat(280);

    @Autowired
    TestClock clock;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChildPlans plans;
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
    void signIn() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port).signIn("social");
    }

    /** How many pixels the page is wider than the window (0 when nothing sticks out). */
    private long overflow(String path) {
        browser.open(path);
        return ((Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Test
    void aLongUnbrokenWordWrapsInTheChronologyASummaryListAndATable() {
        LocalDate today = clock.today();
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long child = fixtures.child("Ada", Fixtures.uniqueSurname("Longword"), today.minusYears(7));
        fixtures.allocate(child, "Safeguarding team North");
        Api social = new Api(port, "social");
        assertThat(social.post("/api/v1/children/" + child + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "%s", "text": "See %s"}"""
                .formatted(clock.instant().minusSeconds(60), WORD.substring(0, 200), WORD)).status()).isEqualTo(201);
        Api.Response visit = social.post("/api/v1/visits", """
                {"visitedOn": "%s", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY", "place": "OTHER", "placeOther": "%s",
                 "observations": "%s", "children": [{"personId": %d, "seen": true, "seenAlone": true, "childWords": "%s"}]}"""
                .formatted(today, WORD.substring(0, 200), WORD, child, WORD));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        long plan = plans.start(child, PlanKind.CIN, today, fixtures.user("social"), AccessLog.Channel.API);
        plans.saveDraft(plan, new PlanContent(List.of(new PlanContent.Need("n1", WORD, List.of(),
                List.of(new PlanContent.Action("a1", null, WORD, WORD.substring(0, 150), today.plusDays(7), null)))), WORD, WORD),
                null, fixtures.user("social"), AccessLog.Channel.API);

        assertThat(overflow("/people/" + child)).as("the record page and its chronology").isLessThanOrEqualTo(0);
        assertThat(browser.driver().getPageSource()).contains(WORD.substring(0, 200));
        assertThat(overflow(visit.header("Location").replace("/api/v1", ""))).as("the visit's summary list").isLessThanOrEqualTo(0);
        assertThat(overflow("/child-plans/" + plan)).as("the plan's table of actions").isLessThanOrEqualTo(0);
    }
}
