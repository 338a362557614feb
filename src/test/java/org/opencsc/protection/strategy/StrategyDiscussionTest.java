package org.opencsc.protection.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StrategyDiscussionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney fx;
    @Autowired
    StrategyDiscussions discussions;
    @Autowired
    S47Enquiries enquiries;
    @Autowired
    StrategyDiscussionAmendments amendments;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    long child;
    long referral;

    @BeforeEach
    void aReferredChildOfSchoolAge() {
        // Referred on Friday 2 May 2025; the strategy discussion is on Tuesday 6 May (Monday 5 May was a bank holiday).
        ProtectionJourney.Referred r = fx.referredAndAllocated(LocalDate.of(2025, 5, 2));
        child = r.child();
        referral = r.referral();
    }

    private CurrentUser user(String username) {
        return fx.user(username);
    }

    private static Instant tuesday6May2025() {
        return LocalDate.of(2025, 5, 6).atTime(10, 0).atZone(LONDON).toInstant();
    }

    private StrategyDiscussionInput discussion(List<StrategyDiscussionInput.Attendee> attendees, S47Decision decision) {
        return new StrategyDiscussionInput(referral, tuesday6May2025(), "Police: two call-outs this year. Health: missed appointments.",
                attendees, List.of(new StrategyDiscussionInput.Action("Joint visit with police", "Sam Social",
                LocalDate.of(2025, 5, 7))), decision, "Reasonable cause to suspect significant harm: disclosure and bruising.");
    }

    private static List<StrategyDiscussionInput.Attendee> allAgencies() {
        return ProtectionJourney.allAgencies();
    }

    @Test
    void aDecisionToStartS47SetsTheConferenceDue15WorkingDaysLaterAndGoesOnTheChronology() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.START_S47), user("social"), API);
        StrategyDiscussion d = discussions.open(id, user("social"), API, "/test");
        // 15 working days after Tue 6 May 2025, with the Spring bank holiday on Mon 26 May: Wed 28 May.
        assertThat(d.icpcDueOn()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThat(d.agreedByAll()).isFalse();
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20)))
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EventType.STRATEGY_DISCUSSION);
                    assertThat(e.summary()).contains("start a section 47 enquiry").contains("28 May 2025");
                    assertThat(e.detail()).contains("DS Lowe (Police)").contains("Joint visit with police");
                });
    }

    @Test
    void noS47MeansNoConferenceDate() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.NO_S47), user("social"), API);
        assertThat(discussions.open(id, user("social"), API, "/test").icpcDueOn()).isNull();
    }

    @Test
    void policeHealthSocialCareAndForASchoolAgeChildEducationMustTakePart() {
        var withoutPoliceAndSchool = allAgencies().stream()
                .filter(a -> a.agency() != StrategyAgency.POLICE && a.agency() != StrategyAgency.EDUCATION).toList();
        assertThatThrownBy(() -> discussions.record(discussion(withoutPoliceAndSchool, S47Decision.START_S47), user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("attendees", "A strategy discussion needs police, education present (Working Together)")));
    }

    @Test
    void datesReasonsAndActionsAreChecked() {
        var future = new StrategyDiscussionInput(referral, clock.instant().plus(2, ChronoUnit.DAYS), " ", allAgencies(),
                List.of(new StrategyDiscussionInput.Action("Visit", "", LocalDate.of(2025, 5, 7))), null, null);
        assertThatThrownBy(() -> discussions.record(future, user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("heldAt", "information", "actions", "decision", "decisionReason"));
        var beforeReferral = new StrategyDiscussionInput(referral, LocalDate.of(2025, 4, 30).atTime(9, 0).atZone(LONDON).toInstant(),
                "info", allAgencies(), List.of(), S47Decision.NO_S47, "why");
        assertThatThrownBy(() -> discussions.record(beforeReferral, user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be before the referral on 2 May 2025");
    }

    @Test
    void onlySocialWorkersAndManagersRecordIt() {
        for (String who : List.of("contact", "family", "auditor", "inspector")) {
            assertThatThrownBy(() -> discussions.record(discussion(allAgencies(), S47Decision.NO_S47), user(who), API))
                    .as(who).isInstanceOf(RecordAccessDeniedException.class);
        }
    }

    @Test
    void eachPartySignsOffOnceFromTheRecordTheyReadAndACorrectionSincePutsThemRight() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.START_S47), user("social"), API);
        StrategyDiscussion read = discussions.open(id, user("social"), API, "/test");
        List<StrategyDiscussion.Attendee> parties = read.attendees();
        discussions.signOff(id, parties.get(0).id(), read.version(), user("social"), API);
        // Another party agreeing to the same record, read before the first signed: nothing they read has changed.
        discussions.signOff(id, parties.get(1).id(), read.version(), user("social"), API);
        assertThatThrownBy(() -> discussions.signOff(id, parties.get(0).id(), read.version(), user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already signed off");

        // A correction changes what is being agreed to: a sign-off of the record as it was is refused.
        amendments.amend(id, "information", "Police: three call-outs this year. Health: missed appointments.",
                "Third call-out left out", read.version(), user("social"), API);
        assertThatThrownBy(() -> discussions.signOff(id, parties.get(2).id(), read.version(), user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("corrected since you read it");
        StrategyDiscussion corrected = discussions.open(id, user("social"), API, "/test");
        assertThat(corrected.attendees().get(2).signedOff()).isFalse();
        for (StrategyDiscussion.Attendee a : corrected.attendees().subList(2, corrected.attendees().size())) {
            discussions.signOff(id, a.id(), corrected.version(), user("social"), API);
        }
        assertThat(discussions.open(id, user("social"), API, "/test").agreedByAll()).isTrue();
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(30)))
                .anySatisfy(e -> assertThat(e.summary()).contains("now agreed by every party"));
    }

    @Test
    void overTheApiEveryPartySigningOffAtOnceFromOneReadingSucceedsAndAStaleReadingIs409() throws Exception {
        long id = discussions.record(discussion(allAgencies(), S47Decision.START_S47), user("social"), API);
        StrategyDiscussion read = discussions.open(id, user("social"), API, "/test");
        Api social = new Api(port, "social");
        String body = "{\"version\": " + read.version() + "}";
        List<Callable<Integer>> signOffs = read.attendees().stream()
                .map(a -> (Callable<Integer>) () -> social.post(
                        "/api/v1/strategy-discussions/" + id + "/attendees/" + a.id() + "/sign-off", body).status())
                .toList();
        try (var pool = Executors.newFixedThreadPool(signOffs.size())) {
            for (var status : pool.invokeAll(signOffs)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        assertThat(discussions.open(id, user("social"), API, "/test").agreedByAll()).isTrue();

        long other = discussions.record(discussion(allAgencies(), S47Decision.NO_S47), user("social"), API);
        StrategyDiscussion before = discussions.open(other, user("social"), API, "/test");
        Api.Response corrected = social.post("/api/v1/strategy-discussions/" + other + "/amendments", """
                {"field": "information", "value": "Police: three call-outs.", "reason": "Miscounted", "version": %d}"""
                .formatted(before.version()));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        Api.Response stale = social.post("/api/v1/strategy-discussions/" + other + "/attendees/"
                + before.attendees().getFirst().id() + "/sign-off", "{\"version\": " + before.version() + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(stale.body()).contains("corrected since you read it");
    }

    @Test
    void overTheApiWithProblemDetailsForBadInput() {
        Api duty = new Api(port, "duty");
        Api.Response bad = duty.post("/api/v1/strategy-discussions", """
                {"referralId": %d, "heldAt": "yesterday", "attendees": [{"name": "X", "agency": "FIRE"}], "decision": "MAYBE"}
                """.formatted(referral));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("heldAt").contains("attendees").contains("decision");

        Api.Response created = duty.post("/api/v1/strategy-discussions", """
                {"referralId": %d, "heldAt": "2025-05-06T09:00:00Z", "information": "Shared by all",
                 "attendees": [{"name": "DS Lowe", "agency": "POLICE"}, {"name": "Nurse Patel", "agency": "HEALTH"},
                               {"name": "Mrs Khan", "agency": "EDUCATION"}, {"name": "Dana Duty", "agency": "SOCIAL_CARE"}],
                 "actions": [{"action": "Medical", "owner": "Nurse Patel", "dueOn": "2025-05-07"}],
                 "decision": "START_S47", "decisionReason": "Disclosure"}
                """.formatted(referral));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("icpcDueOn").asString()).isEqualTo("2025-05-28");
        long id = created.json().get("id").asLong();
        long attendee = created.json().get("attendees").get(0).get("id").asLong();
        assertThat(duty.post("/api/v1/strategy-discussions/" + id + "/attendees/" + attendee + "/sign-off", "{}").status())
                .isEqualTo(400);
        assertThat(duty.post("/api/v1/strategy-discussions/" + id + "/attendees/" + attendee + "/sign-off", "{\"version\": 0}")
                .json().get("attendees").get(0).get("signedOffBy").asString()).isEqualTo("Dana Duty");
        assertThat(new Api(port, "inspector").post("/api/v1/strategy-discussions", "{}").status()).isEqualTo(403);
        assertThat(duty.get("/api/v1/strategy-discussions/999999999").status()).isEqualTo(404);
    }

    @Test
    void startingS47OpensTheEnquiryOnTheDayAndItsOutcomeIsRecordedOnce() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.START_S47), user("social"), API);
        Long enquiryId = discussions.open(id, user("social"), API, "/test").s47EnquiryId();
        assertThat(enquiryId).isNotNull();
        S47Enquiry e = enquiries.open(enquiryId, user("social"), API, "/test");
        assertThat(e.startedOn()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(e.icpcDueOn()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThat(e.open()).isTrue();

        assertThatThrownBy(() -> enquiries.complete(enquiryId, e.version(), S47Outcome.ICPC_REQUIRED, "Injuries consistent",
                LocalDate.of(2025, 5, 5), user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot end before it started on 6 May 2025");
        assertThatThrownBy(() -> enquiries.complete(enquiryId, e.version(), S47Outcome.ICPC_REQUIRED, "x",
                clock.today().plusDays(1), user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> enquiries.complete(enquiryId, e.version(), S47Outcome.ICPC_REQUIRED, "x",
                LocalDate.of(2025, 5, 16), user("inspector"), API)).isInstanceOf(RecordAccessDeniedException.class);

        enquiries.complete(enquiryId, e.version(), S47Outcome.ICPC_REQUIRED, "Medical found injuries consistent with the account",
                LocalDate.of(2025, 5, 16), user("social"), API);
        S47Enquiry done = enquiries.open(enquiryId, user("social"), API, "/test");
        assertThat(done.outcome()).isEqualTo(S47Outcome.ICPC_REQUIRED);
        assertThat(done.completedBy()).isEqualTo("Sam Social");
        assertThatThrownBy(() -> enquiries.complete(enquiryId, done.version(), S47Outcome.CONCERNS_NOT_SUBSTANTIATED, "changed mind",
                LocalDate.of(2025, 5, 17), user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("outcome was recorded on 16 May 2025");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(30)))
                .anySatisfy(ev -> assertThat(ev.summary()).contains("Section 47 enquiry completed").contains("28 May 2025"));
    }

    @Test
    void noS47DecisionOpensNoEnquiryAndTheDatabaseRefusesAnEnquiryWithoutADiscussion() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.NO_S47), user("social"), API);
        assertThat(discussions.open(id, user("social"), API, "/test").s47EnquiryId()).isNull();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO s47_enquiry (strategy_discussion_id, person_id, started_on, icpc_due_on) "
                + "VALUES (-1, ?, current_date, current_date)").params(child).update())
                .hasMessageContaining("foreign key");
    }

    @Test
    void theEnquiryOutcomeOverTheApi() {
        long id = discussions.record(discussion(allAgencies(), S47Decision.START_S47), user("social"), API);
        long enquiryId = discussions.open(id, user("social"), API, "/test").s47EnquiryId();
        Api social = new Api(port, "social");
        Api.Response bad = social.post("/api/v1/s47-enquiries/" + enquiryId + "/outcome",
                "{\"outcome\": \"UNSURE\", \"completedOn\": \"2025-02-30\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("version").contains("outcome").contains("completedOn");
        Api.Response ok = social.post("/api/v1/s47-enquiries/" + enquiryId + "/outcome",
                "{\"version\": 0, \"outcome\": \"CONCERNS_NOT_SUBSTANTIATED\", \"outcomeReason\": \"Accidental injury\","
                        + " \"completedOn\": \"2025-05-09\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("outcome").asString()).isEqualTo("CONCERNS_NOT_SUBSTANTIATED");
        assertThat(social.post("/api/v1/s47-enquiries/" + enquiryId + "/outcome",
                "{\"version\": 1, \"outcome\": \"ICPC_REQUIRED\", \"outcomeReason\": \"x\", \"completedOn\": \"2025-05-09\"}")
                .status()).isEqualTo(409);
        assertThat(new Api(port, "social2").get("/api/v1/s47-enquiries/" + enquiryId).status()).isEqualTo(403);
    }
}
