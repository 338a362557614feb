package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each pre-proceedings step over the API, each refusal with its reason, and what the panel and due work show after. */
@IntegrationTest
class PreProceedingsStepsTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @Autowired
    TestClock clock;
    @Autowired
    PreProceedingsDueWork dueWork;
    @Autowired
    WorkingDayCalendar calendar;
    @LocalServerPort
    int port;

    record Opened(long child, long ppId, LocalDate start) {
        String path(String step) {
            return "/api/v1/people/" + child + "/pre-proceedings/" + ppId + step;
        }
    }

    private Opened open(LocalDate start) {
        long child = journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
        Api.Response r = new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings", """
                {"heldOn": "%s", "socialWorker": "social", "manager": "manager", "legalAdviser": "legal",
                 "thresholdDiscussion": "Neglect over two years despite help", "decision": "ENTER_PRE_PROCEEDINGS",
                 "reasons": "The plan has not brought change", "alternatives": ["Continue under the plan"]}""".formatted(start));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        return new Opened(child, ppId, start);
    }

    private int version(Opened o) {
        return new Api(port, "legal").get(o.path("")).json().get("summary").get("version").asInt();
    }

    private long plan(Opened o, String kind, LocalDate on) {
        Api.Response r = new Api(port, "social").post(o.path("/meetings"),
                "{\"kind\": \"%s\", \"plannedOn\": \"%s\", \"plannedAt\": \"10:30\", \"place\": \"Civic Centre\"}".formatted(kind, on));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode meetings = r.json().get("meetings");
        return meetings.get(meetings.size() - 1).get("id").asLong();
    }

    private Api.Response held(Opened o, long meetingId, LocalDate on) {
        return new Api(port, "social").post(o.path("/meetings/" + meetingId + "/held"),
                "{\"heldOn\": \"%s\", \"attendance\": \"Both parents and their solicitor\", \"summary\": \"Agreed the changes\", \"version\": %d}"
                        .formatted(on, version(o)));
    }

    private Api.Response decide(Opened o, String who, LocalDate on, String outcome, String court) {
        return new Api(port, who).post(o.path("/step-decision"), """
                {"decidedOn": "%s", "outcome": "%s", "reasons": "Enough change", "alternatives": ["Issue: not needed now"],
                 "courtApplicationOn": %s, "version": %d}""".formatted(on, outcome, court == null ? "null" : "\"" + court + "\"",
                version(o)));
    }

    private String panelRow(Opened o) {
        String body = PageSession.signedIn(port, "legal").get("/legal/plo-panel").body();
        String row = body.substring(body.indexOf("id=\"pp-" + o.ppId() + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private static List<String> fields(Api.Response r) {
        return r.json().get("errors").values().stream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void eachStepIsRecordedWithItsEventAndTheDecisionEndsThePreProceedings() {
        LocalDate today = LocalDate.now(clock);
        Opened o = open(today.minusDays(40));
        long initial = plan(o, "INITIAL", o.start().plusDays(3));
        assertThat(panelRow(o)).contains("not recorded as held");
        assertThat(held(o, initial, o.start().plusDays(3)).status()).isEqualTo(200);
        assertThat(panelRow(o)).doesNotContain("not recorded as held").contains("None planned");
        long review = plan(o, "REVIEW", o.start().plusDays(20));
        assertThat(panelRow(o)).as("the panel shows the next review").contains(org.opencsc.platform.web.Dates.govuk(o.start().plusDays(20)));
        assertThat(held(o, review, o.start().plusDays(21)).status()).isEqualTo(200);
        Api.Response fgdm = new Api(port, "social").put(o.path("/fgdm"), "{\"offeredOn\": \"%s\", \"heldOn\": \"%s\", \"version\": %d}"
                .formatted(o.start().plusDays(4), o.start().plusDays(15), version(o)));
        assertThat(fgdm.status()).as(fgdm.body()).isEqualTo(200);
        assertThat(fgdm.json().get("summary").get("fgdmHeldOn").asString()).isEqualTo(o.start().plusDays(15).toString());
        LocalDate aim = o.start().plusWeeks(16);
        Api.Response ext = new Api(port, "manager").post(o.path("/extensions"), "{\"newAimOn\": \"%s\", \"reason\": \"Assessment due\", \"version\": %d}"
                .formatted(aim.plusWeeks(4), version(o)));
        assertThat(ext.status()).as(ext.body()).isEqualTo(201);
        assertThat(ext.json().get("summary").get("aimOn").asString()).isEqualTo(aim.plusWeeks(4).toString());
        assertThat(ext.json().get("extensions").get(0).get("reason").asString()).isEqualTo("Assessment due");

        Api.Response decided = decide(o, "legal", today, "ISSUE_PROCEEDINGS", today.toString());
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("summary").get("outcome").asString()).isEqualTo("ISSUE_PROCEEDINGS");
        assertThat(decided.json().get("summary").get("courtApplicationOn").asString()).isEqualTo(today.toString());
        JsonNode log = new Api(port, "legal").get("/api/v1/people/" + o.child() + "/decisions").json();
        assertThat(log.get(0).get("decision").asString()).contains("step decision").contains("Issue care proceedings");
        assertThat(events.chronology(List.of(o.child()), ChronologyFilter.latest(30))).extracting(e -> e.type() + " " + e.summary())
                .contains("PRE_PROCEEDINGS_MEETING Pre-proceedings meeting held on " + org.opencsc.platform.web.Dates.govuk(o.start().plusDays(3)),
                        "PRE_PROCEEDINGS Family group decision making held", "PRE_PROCEEDINGS Pre-proceedings aim extended",
                        "PRE_PROCEEDINGS Pre-proceedings step decision: Issue care proceedings");

        assertThat(dueWork.dueFor(List.of(o.child()))).as("done work leaves My work").isEmpty();
        assertThat(PageSession.signedIn(port, "legal").get("/legal/plo-panel").body()).doesNotContain("id=\"pp-" + o.ppId() + "\"");
        Api.Response after = new Api(port, "social").post(o.path("/meetings"),
                "{\"kind\": \"REVIEW\", \"plannedOn\": \"%s\", \"place\": \"Office\"}".formatted(today));
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.body()).contains("ended with the step decision");
    }

    @Test
    void meetingsHeldOutOfOrderAreRefusedWithTheReason() {
        LocalDate today = LocalDate.now(clock);
        Opened o = open(today.minusDays(30));
        long initial = plan(o, "INITIAL", o.start().plusDays(5));
        long review = plan(o, "REVIEW", o.start().plusDays(10));
        Api.Response reviewFirst = held(o, review, o.start().plusDays(10));
        assertThat(reviewFirst.status()).isEqualTo(400);
        assertThat(reviewFirst.body()).contains("heldOn").contains("before a review");
        Api.Response future = held(o, initial, today.plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("heldOn").contains("today or in the past");
        Api.Response beforeStart = held(o, initial, o.start().minusDays(1));
        assertThat(fields(beforeStart)).containsExactly("heldOn");
        assertThat(beforeStart.body()).contains("before pre-proceedings started");
        assertThat(held(o, initial, o.start().plusDays(6)).status()).isEqualTo(200);
        Api.Response reviewBefore = held(o, review, o.start().plusDays(6));
        assertThat(reviewBefore.body()).contains("A review must be held after");
        assertThat(held(o, initial, o.start().plusDays(7)).body()).contains("meetingId").contains("already recorded as held");
        Api.Response blank = new Api(port, "social").post(o.path("/meetings/" + review + "/held"),
                "{\"heldOn\": \"%s\", \"attendance\": \" \", \"version\": %d}".formatted(o.start().plusDays(12), version(o)));
        assertThat(fields(blank)).containsExactlyInAnyOrder("attendance", "summary");
    }

    @Test
    void theStepDecisionAndExtensionsAreRefusedOutOfOrder() {
        LocalDate today = LocalDate.now(clock);
        Opened o = open(today.minusDays(30));
        assertThat(decide(o, "legal", today, "STEP_DOWN_CP", null).body()).contains("decidedOn")
                .contains("Record the pre-proceedings meeting as held before the step decision");
        long initial = plan(o, "INITIAL", o.start().plusDays(10));
        held(o, initial, o.start().plusDays(10));
        assertThat(decide(o, "legal", o.start().plusDays(9), "STEP_DOWN_CP", null).body())
                .contains("cannot be before the pre-proceedings meeting");
        assertThat(decide(o, "legal", o.start().minusDays(1), "STEP_DOWN_CP", null).body()).contains("before pre-proceedings started");
        assertThat(decide(o, "legal", today.plusDays(1), "STEP_DOWN_CP", null).body()).contains("today or in the past");
        Api.Response courtWhenSteppingDown = decide(o, "legal", today, "STEP_DOWN_CIN", today.toString());
        assertThat(fields(courtWhenSteppingDown)).containsExactly("courtApplicationOn");
        assertThat(courtWhenSteppingDown.body()).contains("only when the outcome is to issue care proceedings");
        assertThat(decide(o, "legal", today, "ISSUE_PROCEEDINGS", today.minusDays(1).toString()).body())
                .contains("courtApplicationOn").contains("cannot be before");
        assertThat(fields(decide(o, "legal", today, "ISSUE_PROCEEDINGS", null))).containsExactly("courtApplicationOn");
        Api.Response letterBeforeCourt = new Api(port, "legal").post(o.path("/step-decision"), """
                {"decidedOn": "%s", "outcome": "ISSUE_PROCEEDINGS", "reasons": "No change", "alternatives": ["Step down: no change"],
                 "courtApplicationOn": "%s", "issueLetterSentOn": "%s", "version": %d}""".formatted(today, today,
                today.minusDays(1), version(o)));
        assertThat(fields(letterBeforeCourt)).as("the parents' letter of the application cannot precede it")
                .containsExactly("issueLetterSentOn");
        assertThat(fields(decide(o, "legal", today, "SOON", null))).containsExactly("outcome");
        assertThat(decide(o, "social", today, "STEP_DOWN_CP", null).status()).as("the manager or legal adviser decides").isEqualTo(403);

        Api.Response notAfter = new Api(port, "legal").post(o.path("/extensions"),
                "{\"newAimOn\": \"%s\", \"reason\": \"x\", \"version\": %d}".formatted(o.start().plusWeeks(16), version(o)));
        assertThat(fields(notAfter)).containsExactly("newAimOn");
        assertThat(notAfter.body()).contains("after the current aim");
        Api.Response tooFar = new Api(port, "legal").post(o.path("/extensions"),
                "{\"newAimOn\": \"%s\", \"reason\": \"x\", \"version\": %d}".formatted(o.start().plusYears(72), version(o)));
        assertThat(fields(tooFar)).as("an aim 72 years away is a typing slip, not an extension").containsExactly("newAimOn");
        assertThat(tooFar.body()).contains("more than 52 weeks after pre-proceedings started");
        Api.Response badTime = new Api(port, "social").post(o.path("/meetings"),
                "{\"kind\": \"REVIEW\", \"plannedOn\": \"%s\", \"plannedAt\": \"25:61\", \"place\": \"Civic Centre\"}"
                        .formatted(o.start().plusWeeks(8)));
        assertThat(fields(badTime)).containsExactly("plannedAt");
        assertThat(badTime.body()).contains("HH:mm");
        assertThat(new Api(port, "social").post(o.path("/extensions"),
                "{\"newAimOn\": \"%s\", \"reason\": \"x\", \"version\": %d}".formatted(o.start().plusWeeks(20), version(o))).status())
                .isEqualTo(403);
        assertThat(new Api(port, "legal").post(o.path("/extensions"), "{\"newAimOn\": \"%s\", \"reason\": \"x\"}"
                .formatted(o.start().plusWeeks(20))).body()).contains("version");
        Api.Response fgdm = new Api(port, "social").put(o.path("/fgdm"), "{\"offeredOn\": \"%s\", \"heldOn\": \"%s\", \"version\": %d}"
                .formatted(o.start().plusDays(5), o.start().plusDays(4), version(o)));
        assertThat(fields(fgdm)).containsExactly("fgdmHeldOn");
        assertThat(decide(o, "legal", today, "STEP_DOWN_CP", null).status()).isEqualTo(200);
        assertThat(decide(o, "legal", today, "STEP_DOWN_CP", null).body()).contains("ended with the step decision");
    }

    @Test
    void aStaleVersionIsAConflict() {
        Opened o = open(LocalDate.now(clock).minusDays(10));
        int v = version(o);
        String body = "{\"offeredOn\": \"%s\", \"version\": %d}".formatted(o.start().plusDays(1), v);
        assertThat(new Api(port, "social").put(o.path("/fgdm"), body).status()).isEqualTo(200);
        Api.Response stale = new Api(port, "social").put(o.path("/fgdm"), body);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else recorded a step");
    }

    /**
     * The aim is 16 calendar weeks (112 days) from the start, as the PLO sets it: bank holidays do
     * not move it, and weeks elapsed are calendar weeks too, over Christmas as any other time.
     */
    @Test
    void theAimAndWeeksElapsedAreCalendarWeeksAcrossBankHolidays() {
        clock.set(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZoneId.of("Europe/London")));
        LocalDate start = LocalDate.of(2025, 12, 15);
        Opened o = open(start);
        JsonNode view = new Api(port, "legal").get(o.path("")).json();
        assertThat(view.get("summary").get("aimOn").asString()).isEqualTo("2026-04-06");
        assertThat(ChronoUnit.DAYS.between(start, LocalDate.of(2026, 4, 6))).isEqualTo(112);
        assertThat(view.get("weeksElapsed").asInt()).as("21 days, three of them bank holidays, are 3 weeks").isEqualTo(3);
        assertThat(calendar.workingDaysBetween(start, LocalDate.of(2026, 1, 5))).as("the calendar knows the holidays")
                .isLessThan(15);
        assertThat(view.get("pastAim").asBoolean()).isFalse();
        clock.set(LocalDate.of(2026, 4, 7).atTime(9, 0).atZone(ZoneId.of("Europe/London")));
        JsonNode late = new Api(port, "legal").get(o.path("")).json();
        assertThat(late.get("pastAim").asBoolean()).isTrue();
        assertThat(late.get("weeksElapsed").asInt()).isEqualTo(16);
        assertThat(panelRow(o)).contains("Past 16 weeks");
    }
}
