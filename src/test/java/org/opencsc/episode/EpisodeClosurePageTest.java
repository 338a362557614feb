package org.opencsc.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The closure page: reached from the record by managers, bad input kept and explained, refused while a plan is open. */
@IntegrationTest
class EpisodeClosurePageTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    ReferralService referrals;
    @Autowired
    CareLevels levels;
    @LocalServerPort
    int port;

    @Test
    void aManagerClosesTheCaseFromTheRecordAndMistakesKeepWhatWasTyped() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        String path = "/referrals/" + r.referral() + "/closure";
        PageSession manager = PageSession.signedIn(port, "manager");
        assertThat(manager.get("/people/" + r.child()).body()).contains(path);
        assertThat(PageSession.signedIn(port, "social").get("/people/" + r.child()).body()).doesNotContain(path);
        assertThat(PageSession.signedIn(port, "social").get(path).status()).isEqualTo(403);

        PageSession.Page form = manager.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("RC9: Case closed after assessment, referred to early help");
        PageSession.Page refused = manager.post(path, "_csrf", form.csrf(), "version", "1", "closedOnDay", "30",
                "closedOnMonth", "4", "closedOnYear", "2025", "reason", "RC8", "why", "Mum agreed support from the hub");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("cannot close before the referral on 2 May 2025")
                .contains("href=\"#closedOn-day\"").contains("Mum agreed support from the hub");
        assertThat(refused.inputValue("closedOnDay")).isEqualTo("30");
        assertThat(refused.isChecked("reason", "RC8")).isTrue();

        PageSession.Page missing = manager.post(path, "_csrf", form.csrf(), "version", "1", "closedOnDay", "30",
                "closedOnMonth", "6", "closedOnYear", "2025", "why", "");
        assertThat(missing.body()).contains("Select the reason for closure").contains("Enter why the case is closing");

        PageSession.Page closed = manager.post(path, "_csrf", form.csrf(), "version", "1", "closedOnDay", "30",
                "closedOnMonth", "6", "closedOnYear", "2025", "reason", "RC8", "why", "Mum agreed support from the hub");
        assertThat(closed.location()).endsWith("/people/" + r.child() + "?closed");
        assertThat(referrals.find(r.referral()).closureReason()).isEqualTo("RC8");
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.NONE);
        assertThat(manager.get("/people/" + r.child() + "?closed").body()).contains("The case has been closed").contains("No open case")
                .doesNotContain(path);
    }

    @Test
    void thePageExplainsWhyTheCaseCannotCloseWhileAPlanIsOpen() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.onAPlan(r, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 23));
        String path = "/referrals/" + r.referral() + "/closure";
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get(path);
        assertThat(page.body()).contains("The case cannot close").contains("End the plan there first").doesNotContain("id=\"close-case\"");
        // A form posted anyway (an old tab) is refused by the service and the reason shown.
        String csrf = manager.get("/people/" + r.child()).csrf();
        PageSession.Page refused = manager.post(path, "_csrf", csrf, "version", "1", "closedOnDay", "30",
                "closedOnMonth", "6", "closedOnYear", "2025", "reason", "RC7", "why", "Progress");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("open child protection plan");
        assertThat(referrals.find(r.referral()).closedOn()).isNull();
    }
}
