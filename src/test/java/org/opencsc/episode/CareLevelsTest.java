package org.opencsc.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.ReviewConferenceInput;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.security.AccessLog;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The level of need: derived from referrals, moved by conferences, stepped up and down by managers with reasons. */
@IntegrationTest
class CareLevelsTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    ProtectionJourney journey;
    @Autowired
    CareLevels levels;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    EventLog events;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void anOpenReferralMeansChildInNeedAndClosingTheCaseEndsIt() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CIN);
        assertThat(levels.history(r.child())).isEmpty();

        closure.close(r.referral(), 1, LocalDate.of(2025, 6, 30), ClosureReason.RC8, "No further action",
                journey.user("manager"), API);
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.NONE);
        assertThat(levels.history(r.child())).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(CareLevel.CIN);
            assertThat(c.source()).isEqualTo(CareLevelChange.Source.CLOSURE);
            assertThat(c.changedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }

    @Test
    void closingWithAReferralToEarlyHelpLeavesTheChildInEarlyHelp() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        closure.close(r.referral(), 1, LocalDate.of(2025, 6, 30), ClosureReason.RC9, "Family hub to support mum",
                journey.user("manager"), API);
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.EARLY_HELP);
        assertThat(levels.history(r.child())).singleElement()
                .satisfies(c -> assertThat(c.reason()).startsWith("RC9 ").endsWith("Family hub to support mum"));
    }

    @Test
    void aPlanStepsTheChildUpToChildProtectionAndItsEndStepsThemDown() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.onAPlan(r, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 23));
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CP);
        assertThat(levels.history(r.child())).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("Persistent neglect");
            assertThat(c.source()).isEqualTo(CareLevelChange.Source.CONFERENCE);
            assertThat(c.changedOn()).isEqualTo(LocalDate.of(2025, 5, 23));
        });
        assertThatThrownBy(() -> levels.change(r.child(), CareLevel.CIN, LocalDate.of(2025, 6, 1), "Better", journey.user("manager"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("End the plan at a review conference first");

        long plan = jdbc.sql("SELECT id FROM cp_plan WHERE person_id = ?").params(r.child()).query(Long.class).single();
        reviews.record(new ReviewConferenceInput(plan, LocalDate.of(2025, 8, 20), "Casey Chair", "Mum; DS Lowe (police)",
                "Kai said things are calmer", ReviewDecision.END_PLAN, null, "Risk reduced; dad moved out"), journey.user("chair"), API);

        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CIN);
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(30)))
                .filteredOn(e -> e.type() == EventType.LEVEL_CHANGED).extracting(e -> e.summary())
                .containsExactlyInAnyOrder("Stepped up from child in need to child protection: Persistent neglect",
                        "Stepped down from child protection to child in need: Risk reduced; dad moved out");
    }

    @Test
    void aManagerStepsDownAndUpWithReasonsAndTheRulesRefuseTheRest() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        String path = "/api/v1/people/" + r.child() + "/level";
        Api manager = new Api(port, "manager");

        assertThat(new Api(port, "social").post(path, "{\"to\": \"EARLY_HELP\", \"on\": \"2025-06-01\", \"reason\": \"x\"}").status())
                .isEqualTo(403);
        Api.Response toCp = manager.post(path, "{\"to\": \"CP\", \"on\": \"2025-06-01\", \"reason\": \"Worried\"}");
        assertThat(toCp.status()).isEqualTo(400);
        assertThat(toCp.body()).contains("A child protection plan starts only at an initial child protection conference");
        Api.Response same = manager.post(path, "{\"to\": \"CIN\", \"on\": \"2025-06-01\", \"reason\": \"x\"}");
        assertThat(same.body()).contains("already at child in need");
        Api.Response future = manager.post(path, "{\"to\": \"EARLY_HELP\", \"on\": \"2099-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("cannot be in the future").contains("Enter the reason");

        Api.Response down = manager.post(path, "{\"to\": \"EARLY_HELP\", \"on\": \"2025-06-10\", \"reason\": \"Needs met by the family hub\"}");
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(down.json().get("current").asString()).isEqualTo("EARLY_HELP");
        assertThat(manager.post(path, "{\"to\": \"CIN\", \"on\": \"2025-06-09\", \"reason\": \"x\"}").body())
                .contains("cannot be before the last change of level on 10 June 2025");

        PageSession page = PageSession.signedIn(port, "manager");
        assertThat(page.get("/people/" + r.child()).body()).contains("Early help").contains("Needs met by the family hub")
                .contains("/people/" + r.child() + "/level");
        PageSession.Page form = page.get("/people/" + r.child() + "/level");
        PageSession.Page refused = page.post("/people/" + r.child() + "/level", "_csrf", form.csrf(), "to", "CIN",
                "onDay", "1", "onMonth", "7", "onYear", "2025", "reason", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the reason for the change");
        assertThat(refused.isChecked("to", "CIN")).isTrue();
        assertThat(refused.inputValue("onMonth")).isEqualTo("7");
        PageSession.Page up = page.post("/people/" + r.child() + "/level", "_csrf", form.csrf(), "to", "CIN",
                "onDay", "1", "onMonth", "7", "onYear", "2025", "reason", "School raised new concerns");
        assertThat(up.location()).endsWith("/people/" + r.child() + "?levelChanged");
        assertThat(levels.current(r.child())).isEqualTo(CareLevel.CIN);
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(30))).extracting(e -> e.summary())
                .contains("Stepped up from early help to child in need: School raised new concerns");
        assertThat(PageSession.signedIn(port, "social").get("/people/" + r.child() + "/level").status()).isEqualTo(403);
        assertThatThrownBy(() -> levels.change(r.child(), CareLevel.EARLY_HELP, LocalDate.of(2025, 7, 2), "x",
                journey.user("social"), API)).isInstanceOf(RecordAccessDeniedException.class);
    }
}
