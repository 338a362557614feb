package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.security.DemoMode;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every link on "My work" (and, for a manager, on the "Team work" page it links to, the same
 * lists for a team) answers 200 for the user it is shown to: a due item links to a page its
 * viewer may use, never one that refuses them. Run for every demo login on the demo council,
 * plus a child of Sam Social's at each step of the protection journey and one on a plan held
 * by the family support worker, so each kind of protection item is on some list whatever the
 * demo data holds.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyWorkLinksTest {

    static final List<String> LOGINS = DemoMode.LOGINS;
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]+)\"");

    @Autowired
    ProtectionJourney journey;
    @Autowired
    Escalations escalations;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    void aChildAtEachStepOfTheProtectionJourney() {
        LocalDate today = clock.today();
        var awaitingOutcome = journey.referredAndAllocated(today.minusDays(12));
        journey.s47Started(awaitingOutcome, today.minusDays(10));

        var awaitingConference = journey.referredAndAllocated(today.minusDays(12));
        long enquiry = journey.s47Started(awaitingConference, today.minusDays(10));
        journey.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, today.minusDays(5));

        var onAPlan = journey.referredAndAllocated(today.minusDays(30));
        ChildProtectionPlan plan = journey.onAPlan(onAPlan, today.minusDays(25), today.minusDays(12), "chair");
        escalations.raise(plan.id(), "Actions from the core group not done", journey.user("chair"), ProtectionJourney.API);

        var familySupport = journey.referredAndAllocated(today.minusDays(30), "family");
        journey.onAPlan(familySupport, today.minusDays(25), today.minusDays(12), "chair");

        // Work addressed to users rather than caseloads: an oversight action owned by someone other than the child's
        // worker, and an assessment for the manager to authorise (on the manager's own My work now).
        var owned = journey.referredAndAllocated(today.minusDays(12));
        assertThat(new Api(port, "manager").post("/api/v1/people/" + owned.child() + "/oversight", """
                {"considered": "The chronology", "actions": [{"action": "Call the GP", "ownerUsername": "family", "dueOn": "%s"}]}"""
                .formatted(today.plusDays(3))).status()).isEqualTo(201);
        jdbc.sql("""
                        INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, started_by, started_at, completed_on)
                        VALUES (?, ?, ?, ?, 'AWAITING_AUTHORISATION', 'Sam Social', now(), ?)
                        """)
                .params(owned.referral(), owned.child(), java.sql.Date.valueOf(today.minusDays(10)),
                        java.sql.Date.valueOf(today.plusDays(20)), java.sql.Date.valueOf(today.minusDays(1)))
                .update();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LOGINS")
    void everyLinkOnMyWorkOpens(String username) {
        PageSession session = PageSession.signedIn(port, username);
        PageSession.Page home = session.get("/");
        assertThat(home.status()).isEqualTo(200);

        Set<String> links = new LinkedHashSet<>(links(home.body()));
        if (links.contains("/team-work")) {
            PageSession.Page team = session.get("/team-work");
            assertThat(team.status()).as("/team-work").isEqualTo(200);
            links.addAll(links(team.body()));
        }
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            String outcome = follow(session, link);
            if (!outcome.endsWith(" 200")) {
                broken.add(outcome);
            }
        }
        assertThat(broken).as("links on %s's My work that do not open", username).isEmpty();
    }

    /** Where a link leads, following redirects within the application: "/a 302 -> /b 200". */
    private static String follow(PageSession session, String link) {
        PageSession.Page page = session.get(link);
        StringBuilder outcome = new StringBuilder(link + " " + page.status());
        for (int hops = 0; hops < 5 && page.status() / 100 == 3 && page.location() != null; hops++) {
            String location = page.location().replaceFirst("^https?://[^/]+", "");
            page = session.get(location);
            outcome.append(" -> ").append(location).append(" ").append(page.status());
        }
        return outcome.toString();
    }

    /** Every link to a page of the application: not assets, not anchors on the same page. */
    static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(body);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("/") && !href.startsWith("//")) {
                links.add(href);
            }
        }
        return links;
    }
}
