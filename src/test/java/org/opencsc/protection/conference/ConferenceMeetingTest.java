package org.opencsc.protection.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A review conference records, as the initial one does, the time it started and who was
 * invited with whether each came: on the form (one shared fragment), on the record's chronology
 * and in the API.
 */
@IntegrationTest
class ConferenceMeetingTest {

    LocalDate today;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    private ChildProtectionPlan plan() {
        var r = fx.referredAndAllocated(today.minusDays(60));
        return fx.onAPlan(r, today.minusDays(58), today.minusDays(45), "chair");
    }

    private long reviewOf(long planId) {
        return jdbc.sql("SELECT id FROM cp_conference WHERE plan_id = ? AND kind = 'REVIEW'").params(planId).query(Long.class).single();
    }

    private static String[] reviewForm(String csrf, LocalDate held, String startsAt, String... invitees) {
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of("_csrf", csrf,
                "heldOnDay", String.valueOf(held.getDayOfMonth()), "heldOnMonth", String.valueOf(held.getMonthValue()),
                "heldOnYear", String.valueOf(held.getYear()), "startsAt", startsAt, "chair", "Casey Chair",
                "childViews", "Kai said he feels safer", "decision", "CONTINUE_PLAN", "category", "NEG", "reasons", "Still worried"));
        for (int i = 0; i < invitees.length; i += 3) {
            fields.addAll(java.util.List.of("inviteeName", invitees[i], "inviteeAgency", invitees[i + 1], "inviteeAttendance", invitees[i + 2]));
        }
        return fields.toArray(String[]::new);
    }

    @Test
    void theReviewFormAsksForTheTimeTheInviteesAndTheirAttendanceAndTheRecordShowsThem() {
        ChildProtectionPlan plan = plan();
        PageSession chair = PageSession.signedIn(port, "chair");
        String path = "/plans/" + plan.id() + "/review-conference";
        PageSession.Page form = chair.get(path);
        assertThat(form.body()).contains("id=\"startsAt\"").contains("Who was invited, and did they attend?")
                .contains("id=\"inviteeName-0\"").contains("id=\"inviteeAttendance-11\"").contains(">Sent apologies<")
                .doesNotContain("id=\"attendees\"");

        LocalDate held = today.minusDays(1);
        PageSession.Page wrong = chair.post(path, reviewForm(form.csrf(), held, "25:00",
                "Mum", "Parent", "ATTENDED", "DS Lowe", "Police", ""));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem").contains("href=\"#startsAt\"")
                .contains("Enter the time the conference started on the 24-hour clock, like 14:30")
                .contains("href=\"#inviteeAttendance-1\"")
                .contains("Say whether invitee 2 attended, sent apologies or did not attend")
                .contains("value=\"DS Lowe\"").contains("Kai said he feels safer");
        assertThat(wrong.inputValue("startsAt")).isEqualTo("25:00");
        assertThat(wrong.isSelected("inviteeAttendance", "ATTENDED")).as("Mum's row kept").isTrue();

        PageSession.Page nobody = chair.post(path, reviewForm(form.csrf(), held, "14:30", "Dad", "Parent", "DID_NOT_ATTEND"));
        assertThat(nobody.body()).contains("Nobody invited is recorded as attending: say who attended").contains("href=\"#invitees\"");

        PageSession.Page saved = chair.post(path, reviewForm(form.csrf(), held, "14:30", "Mum", "Parent", "ATTENDED",
                "DS Lowe", "Police", "APOLOGIES", "Mrs Khan", "School", "ATTENDED"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String record = chair.get("/people/" + plan.personId()).body();
        assertThat(record).contains("Started at: 14:30")
                .contains("Invited: Mum (Parent): attended; DS Lowe (Police): sent apologies; Mrs Khan (School): attended")
                .contains("Attended: Mum (Parent); Mrs Khan (School)");

        JsonNode review = new Api(port, "social").get("/api/v1/conferences/" + reviewOf(plan.id())).json();
        assertThat(review.path("kind").asString()).isEqualTo("REVIEW");
        assertThat(review.path("startsAt").asString()).startsWith("14:30");
        assertThat(review.path("attendees").asString()).isEqualTo("Mum (Parent); Mrs Khan (School)");
        assertThat(review.path("invitees").size()).isEqualTo(3);
        assertThat(review.path("invitees").get(1).path("name").asString()).isEqualTo("DS Lowe");
        assertThat(review.path("invitees").get(1).path("attendance").asString()).isEqualTo("APOLOGIES");
        assertThat(new Api(port, "social2").get("/api/v1/conferences/" + reviewOf(plan.id())).status())
                .as("another team's worker").isEqualTo(403);
    }

    @Test
    void aConferenceHeldTodayCannotHaveStartedLaterThanNow() {
        clock.set(today.atTime(10, 0).atZone(ZoneId.of("Europe/London")));
        ChildProtectionPlan plan = plan();
        PageSession chair = PageSession.signedIn(port, "chair");
        String path = "/plans/" + plan.id() + "/review-conference";
        PageSession.Page later = chair.post(path, reviewForm(chair.get(path).csrf(), today, "11:00", "Mum", "Parent", "ATTENDED"));
        assertThat(later.body()).contains("the time it started cannot be later than now");
        assertThat(chair.post(path, reviewForm(chair.get(path).csrf(), today, "09:30", "Mum", "Parent", "ATTENDED")).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT starts_at FROM cp_conference WHERE id = ?").params(reviewOf(plan.id()))
                .query(LocalTime.class).single()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void overTheApiTheReviewTakesStartsAtAndInviteesAndNamesEachBadField() {
        ChildProtectionPlan plan = plan();
        Api chair = new Api(port, "chair");
        String body = """
                {"planId": %d, "heldOn": "%s", "startsAt": %s, "chair": "Casey Chair", "invitees": %s,
                 "childViews": "Kai says he feels safer", "decision": "CONTINUE_PLAN", "category": "NEG", "reasons": "Still worried"}""";
        String held = today.minusDays(1).toString();
        Api.Response badAttendance = chair.post("/api/v1/conferences/review", body.formatted(plan.id(), held, "\"10:00\"",
                "[{\"name\": \"Mum\", \"agency\": \"Parent\", \"attendance\": \"MAYBE\"}]"));
        assertThat(badAttendance.status()).isEqualTo(400);
        assertThat(badAttendance.json().path("errors").get(0).path("field").asString()).isEqualTo("invitees[0].attendance");
        Api.Response badTime = chair.post("/api/v1/conferences/review", body.formatted(plan.id(), held, "\"2pm\"",
                "[{\"name\": \"Mum\", \"attendance\": \"ATTENDED\"}]"));
        assertThat(badTime.json().path("errors").get(0).path("field").asString()).isEqualTo("startsAt");
        Api.Response noName = chair.post("/api/v1/conferences/review", body.formatted(plan.id(), held, "null",
                "[{\"agency\": \"Police\", \"attendance\": \"ATTENDED\"}]"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("errors").get(0).path("field").asString()).isEqualTo("invitees[0].name");
        Api.Response nobody = chair.post("/api/v1/conferences/review", body.formatted(plan.id(), held, "null", "[]"));
        assertThat(nobody.json().path("errors").get(0).path("field").asString()).as("no attendees and no invitees").isEqualTo("attendees");
        assertThat(jdbc.sql("SELECT count(*) FROM cp_conference WHERE plan_id = ?").params(plan.id()).query(Long.class).single())
                .as("nothing saved").isZero();

        Api.Response ok = chair.post("/api/v1/conferences/review", body.formatted(plan.id(), held, "\"10:00\"",
                "[{\"name\": \"Mum\", \"agency\": \"Parent\", \"attendance\": \"ATTENDED\"}, {\"name\": \"Dad\", \"attendance\": \"DID_NOT_ATTEND\"}]"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode review = chair.get("/api/v1/conferences/" + ok.json().path("conferenceId").asLong()).json();
        assertThat(review.path("attendees").asString()).isEqualTo("Mum (Parent)");
        assertThat(review.path("invitees").get(1).path("attendance").asString()).isEqualTo("DID_NOT_ATTEND");
        JsonNode noAgency = review.path("invitees").get(1).path("agency");
        assertThat(noAgency.isMissingNode() || noAgency.isNull()).as("Dad was given no agency").isTrue();
        assertThat(review.path("startsAt").asString()).startsWith("10:00");
    }

    @Test
    void theInitialConferenceRecordsTheSameMeeting() {
        var r = fx.referredAndAllocated(today.minusDays(30));
        long enquiry = fx.s47Started(r, today.minusDays(28));
        fx.s47Completed(enquiry, org.opencsc.protection.enquiry.S47Outcome.ICPC_REQUIRED, today.minusDays(25));
        PageSession chair = PageSession.signedIn(port, "chair");
        String path = "/s47-enquiries/" + enquiry + "/conference";
        PageSession.Page form = chair.get(path);
        assertThat(form.body()).contains("id=\"startsAt\"").contains("id=\"inviteeName-0\"");
        LocalDate held = today.minusDays(20);
        PageSession.Page saved = chair.post(path, "_csrf", form.csrf(), "heldOnDay", String.valueOf(held.getDayOfMonth()),
                "heldOnMonth", String.valueOf(held.getMonthValue()), "heldOnYear", String.valueOf(held.getYear()), "startsAt", "9:15",
                "chair", "Casey Chair", "inviteeName", "Mum", "inviteeAgency", "Parent", "inviteeAttendance", "ATTENDED",
                "childViews", "Kai: I want to stay with nan", "planNeeded", "yes", "category", "NEG", "reasons", "Neglect");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM cp_conference WHERE s47_enquiry_id = ?").params(enquiry).query(Long.class).single();
        JsonNode conference = new Api(port, "chair").get("/api/v1/conferences/" + id).json();
        assertThat(conference.path("kind").asString()).isEqualTo("INITIAL");
        assertThat(conference.path("startsAt").asString()).startsWith("09:15");
        assertThat(conference.path("invitees").get(0).path("name").asString()).isEqualTo("Mum");
        assertThat(chair.get(path).body()).as("the recorded conference's page").contains("starting at 09:15")
                .contains("Mum (Parent): attended");
    }
}
