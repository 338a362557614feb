package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The legal planning meeting decides; entering pre-proceedings opens each child's with its 16-week aim. */
@IntegrationTest
class LegalPlanningMeetingTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @Autowired
    java.time.Clock clock;
    @Autowired
    PreProceedingsDueWork dueWork;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    LetterJourney letterJourney;
    @LocalServerPort
    int port;

    private long child() {
        return journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
    }

    private String meeting(LocalDate heldOn, String decision, String alternatives) {
        return """
                {"heldOn": "%s", "socialWorker": "social", "manager": "manager", "legalAdviser": "legal",
                 "othersPresent": "Sam Health (health visitor)", "thresholdDiscussion": "Neglect over two years despite help",
                 "decision": "%s", "reasons": "The plan has not brought change", "alternatives": %s}
                """.formatted(heldOn, decision, alternatives);
    }

    @Test
    void theLegalAdviserEntersPreProceedingsWithThe16WeekAimAndTheDecisionLogged() {
        long child = child();
        LocalDate held = LocalDate.now(clock).minusDays(1);
        Api.Response r = new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(held, "ENTER_PRE_PROCEEDINGS", "[\"Continue under the child protection plan: no change in a year\"]"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode pp = new Api(port, "social").get("/api/v1/people/" + child + "/pre-proceedings").json();
        assertThat(pp.size()).isEqualTo(1);
        assertThat(pp.get(0).get("startedOn").asString()).isEqualTo(held.toString());
        assertThat(pp.get(0).get("aimOn").asString()).isEqualTo(held.plusWeeks(16).toString());
        assertThat(pp.get(0).get("aimSetHow").asString()).startsWith("16 weeks from");
        JsonNode log = new Api(port, "social").get("/api/v1/people/" + child + "/decisions").json();
        assertThat(log.get(0).get("kind").asString()).isEqualTo("PRE_PROCEEDINGS");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10))).extracting(e -> e.type())
                .contains(EventType.LEGAL_PLANNING_MEETING, EventType.PRE_PROCEEDINGS);

        PageSession.Page page = PageSession.signedIn(port, "legal").get("/people/" + child + "/pre-proceedings/" + pp.get(0).get("id").asLong());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"weeks-elapsed\">0<").contains("16 weeks from").doesNotContain("past-aim");
        assertThat(PageSession.signedIn(port, "social2").get("/people/" + child + "/pre-proceedings/" + pp.get(0).get("id").asLong())
                .status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "legal").get("/people/" + child).body()).contains("record-legal-planning-meeting");
        assertThat(PageSession.signedIn(port, "social").get("/people/" + child).body()).doesNotContain("record-legal-planning-meeting");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsOpened() {
        long child = child();
        Api legal = new Api(port, "legal");
        Api.Response r = legal.post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(LocalDate.now(clock).plusDays(3), "ENTER_PRE_PROCEEDINGS", "[\" \"]"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").values()).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("heldOn", "alternatives");
        assertThat(legal.post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(LocalDate.now(clock), "SOON", "[\"x\"]")).status()).isEqualTo(400);
        assertThat(new Api(port, "social").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(LocalDate.now(clock), "THRESHOLD_NOT_MET", "[\"x\"]")).status())
                .as("the social worker attends but the manager or legal adviser records").isEqualTo(403);
        assertThat(legal.get("/api/v1/people/" + child + "/pre-proceedings").json().size()).isZero();
    }

    @Test
    void thresholdNotMetOpensNoPreProceedings() {
        long child = child();
        assertThat(new Api(port, "manager").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(LocalDate.now(clock), "THRESHOLD_NOT_MET", "[\"Pre-proceedings: too soon\"]")).status()).isEqualTo(201);
        assertThat(new Api(port, "manager").get("/api/v1/people/" + child + "/pre-proceedings").json().size()).isZero();
    }

    @Test
    void thePageKeepsWhatWasTypedWhenRefusedAndIsNotOfferedToASocialWorker() {
        long child = child();
        assertThat(PageSession.signedIn(port, "social").get("/people/" + child + "/legal-planning-meetings/new").status()).isEqualTo(403);
        PageSession legal = PageSession.signedIn(port, "legal");
        PageSession.Page page = legal.get("/people/" + child + "/legal-planning-meetings/new");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("legal-planning-meeting-form");
        LocalDate today = LocalDate.now(clock);
        PageSession.Page refused = legal.post("/people/" + child + "/legal-planning-meetings/new", "_csrf", page.csrf(),
                "heldOnDay", "" + today.getDayOfMonth(), "heldOnMonth", "" + today.getMonthValue(), "heldOnYear", "" + today.getYear(),
                "socialWorker", "social", "manager", "manager", "legalAdviser", "legal", "thresholdDiscussion", "Neglect for two years",
                "decision", "ENTER_PRE_PROCEEDINGS", "reasons", "", "alternative", "", "alternative", "", "alternative", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#reasons\"").contains("href=\"#alternatives\"")
                .contains("Neglect for two years");
        assertThat(refused.isChecked("decision", "ENTER_PRE_PROCEEDINGS")).isTrue();
        PageSession.Page saved = legal.post("/people/" + child + "/legal-planning-meetings/new", "_csrf", page.csrf(),
                "heldOnDay", "" + today.getDayOfMonth(), "heldOnMonth", "" + today.getMonthValue(), "heldOnYear", "" + today.getYear(),
                "socialWorker", "social", "manager", "manager", "legalAdviser", "legal", "thresholdDiscussion", "Neglect for two years",
                "decision", "ENTER_PRE_PROCEEDINGS", "reasons", "No change under the plan", "alternative", "Wait: no change in a year",
                "alternative", "", "alternative", "");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().size()).isEqualTo(1);
    }

    @Test
    void thePloPanelShowsTheChildAtWeekZeroToTheLegalAdviserOnly() {
        long child = child();
        new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(LocalDate.now(clock), "ENTER_PRE_PROCEEDINGS", "[\"Continue under the plan\"]"));
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        PageSession.Page panel = PageSession.signedIn(port, "legal").get("/legal/plo-panel");
        assertThat(panel.status()).isEqualTo(200);
        String row = panel.body().substring(panel.body().indexOf("id=\"pp-" + ppId + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("/people/" + child + "/pre-proceedings/" + ppId).contains(">0<")
                .contains("Pre-proceedings meeting not planned").doesNotContain("Past 16 weeks");
        assertThat(PageSession.signedIn(port, "legal").get("/").body()).contains("/legal/plo-panel");
        assertThat(PageSession.signedIn(port, "social").get("/legal/plo-panel").status()).isEqualTo(403);
    }

    @Test
    void aPlannedMeetingNotHeldAndTheAimAreDueWork() {
        long child = child();
        LocalDate held = LocalDate.now(clock);
        new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(held, "ENTER_PRE_PROCEEDINGS", "[\"Continue under the plan\"]"));
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        jdbc.sql("INSERT INTO pre_proceedings_meeting (pre_proceedings_id, kind, planned_on, place, recorded_by) "
                        + "VALUES (:pp, 'INITIAL', :on, 'Civic Centre', 'test')")
                .param("pp", ppId).param("on", held.plusDays(7)).update();
        assertThat(dueWork.dueFor(List.of(child))).extracting(d -> d.what() + " " + d.dueOn()).containsExactlyInAnyOrder(
                "Pre-proceedings meeting " + held.plusDays(7), "Pre-proceedings step decision (the 16-week aim) " + held.plusWeeks(16));
        assertThat(PageSession.signedIn(port, "legal").get("/people/" + child + "/pre-proceedings/" + ppId).body())
                .contains("Civic Centre").doesNotContain("no-meetings");
    }

    @Test
    void meetingsOutOfOrderAreRefusedWithTheReason() {
        long child = child();
        LocalDate held = LocalDate.now(clock).minusDays(14);
        new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings",
                meeting(held, "ENTER_PRE_PROCEEDINGS", "[\"Continue under the plan\"]"));
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        Api social = new Api(port, "social");
        String path = "/api/v1/people/" + child + "/pre-proceedings/" + ppId + "/meetings";
        Api.Response review = social.post(path, "{\"kind\": \"REVIEW\", \"plannedOn\": \"" + held.plusDays(3) + "\", \"place\": \"Office\"}");
        assertThat(review.status()).isEqualTo(400);
        assertThat(review.body()).contains("kind").contains("before a review");
        Api.Response early = social.post(path, "{\"kind\": \"INITIAL\", \"plannedOn\": \"" + held.minusDays(1) + "\", \"place\": \"Office\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("plannedOn");
        assertThat(social.post(path, "{\"kind\": \"INITIAL\", \"plannedOn\": \"" + held.plusDays(5) + "\", \"place\": \"Office\"}")
                .status()).isEqualTo(201);
        Api.Response beforeInitial = social.post(path, "{\"kind\": \"REVIEW\", \"plannedOn\": \"" + held.plusDays(4) + "\", \"place\": \"Office\"}");
        assertThat(beforeInitial.status()).isEqualTo(400);
        assertThat(beforeInitial.body()).contains("A review must come after");
        assertThat(social.post(path, "{\"kind\": \"REVIEW\", \"plannedOn\": \"" + held.plusDays(40) + "\", \"place\": \"Office\"}")
                .status()).isEqualTo(201);
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10))).extracting(e -> e.type())
                .contains(EventType.PRE_PROCEEDINGS_MEETING);
    }

    @Test
    void onlyTheChildsOwnSiblingsAreDecidedOnAndPreProceedingsAreNotOpenedTwice() {
        long child = child();
        long stranger = child();
        Api legal = new Api(port, "legal");
        String path = "/api/v1/people/" + child + "/legal-planning-meetings";
        String withStranger = meeting(LocalDate.now(clock).minusDays(1), "THRESHOLD_NOT_MET", "[\"Pre-proceedings: not needed\"]")
                .replace("\"alternatives\"", "\"siblings\": [" + stranger + "], \"alternatives\"");
        Api.Response refused = legal.post(path, withStranger);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"siblings\"").contains("not one of this child's brothers and sisters");
        assertThat(legal.get("/api/v1/people/" + stranger + "/decisions").json().size()).as("nothing on the other child's record").isZero();

        String enter = meeting(LocalDate.now(clock).minusDays(2), "ENTER_PRE_PROCEEDINGS", "[\"Continue under the plan\"]");
        assertThat(legal.post(path, enter).status()).isEqualTo(201);
        Api.Response again = legal.post(path, enter);
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"decision\"").contains("already in pre-proceedings");
        assertThat(legal.get("/api/v1/people/" + child + "/pre-proceedings").json().size()).isEqualTo(1);
    }

    @Test
    void aDecisionMadeWithARestrictedSiblingIsWithheldInTheLogAndTheChronology() {
        List<LetterJourney.Ready> group = letterJourney.ready(2);
        long first = group.get(0).child();
        long second = group.get(1).child();
        Api legal = new Api(port, "legal");
        JsonNode shown = legal.get("/api/v1/people/" + first + "/decisions").json().get(0);
        assertThat(shown.get("why").asString()).isEqualTo("No change under the plan");
        assertThat(shown.get("alsoAbout").get(0).asLong()).isEqualTo(second);
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(second).update();
        try {
            JsonNode withheld = legal.get("/api/v1/people/" + first + "/decisions").json().get(0);
            assertThat(withheld.get("withheld").asBoolean()).isTrue();
            assertThat(withheld.get("why").asString()).doesNotContain("No change under the plan");
            assertThat(withheld.get("alsoAbout").size()).as("the sibling is not named").isZero();
            assertThat(PageSession.signedIn(port, "legal").get("/people/" + first + "/decisions").body())
                    .doesNotContain("No change under the plan");
            assertThat(legal.get("/api/v1/people/" + first + "/chronology").body()).doesNotContain("No change under the plan");
        } finally {
            jdbc.sql("UPDATE person SET restricted = false WHERE id = ?").params(second).update();
        }
    }
}
