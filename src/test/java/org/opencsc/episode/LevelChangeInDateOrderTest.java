package org.opencsc.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change of level takes effect in date order, so it is dated on or after the referral that
 * opened the episode and the last change: one dated years back was accepted and then lost to the
 * open referral, leaving the level as it was.
 */
@IntegrationTest
class LevelChangeInDateOrderTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    CareLevels levels;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    @Test
    void aStepDownDatedBeforeTheReferralIsRefusedAndTheLevelStaysAsItIs() {
        LocalDate referred = clock.today().minusDays(30);
        var r = journey.referredAndAllocated(referred);
        Api manager = new Api(port, "manager");
        String path = "/api/v1/people/" + r.child() + "/level";

        Api.Response yearsBack = manager.post(path, "{\"to\": \"EARLY_HELP\", \"on\": \"" + referred.minusYears(3)
                + "\", \"reason\": \"Needs met by the family hub\"}");
        assertThat(yearsBack.status()).isEqualTo(400);
        assertThat(yearsBack.json().path("errors").get(0).path("field").asString()).isEqualTo("on");
        assertThat(yearsBack.json().path("errors").get(0).path("message").asString())
                .isEqualTo("The date cannot be before the referral on " + Dates.govuk(referred)
                        + " that opened this episode: changes take effect in date order");
        assertThat(levels.history(r.child())).as("nothing recorded").isEmpty();
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CIN);

        Api.Response onTheDay = manager.post(path, "{\"to\": \"EARLY_HELP\", \"on\": \"" + referred
                + "\", \"reason\": \"Needs met by the family hub\"}");
        assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(200);
        assertThat(levels.current(r.child())).as("and it takes effect").isEqualTo(CareLevel.EARLY_HELP);
    }

    @Test
    void thePageSaysWhichDatesAChangeCanHave() {
        LocalDate referred = clock.today().minusDays(30);
        var r = journey.referredAndAllocated(referred);
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page form = manager.get("/people/" + r.child() + "/level");
        assertThat(form.body()).contains("On or after " + Dates.govuk(referred)).contains("Changes take effect in date order");

        LocalDate before = referred.minusYears(2);
        PageSession.Page refused = manager.post("/people/" + r.child() + "/level", "_csrf", form.csrf(), "to", "EARLY_HELP",
                "onDay", String.valueOf(before.getDayOfMonth()), "onMonth", String.valueOf(before.getMonthValue()),
                "onYear", String.valueOf(before.getYear()), "reason", "Needs met by the family hub");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("cannot be before the referral on " + Dates.govuk(referred))
                .contains("href=\"#on-day\"").contains("Needs met by the family hub");
        assertThat(refused.inputValue("onYear")).isEqualTo(String.valueOf(before.getYear()));
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CIN);
    }
}
