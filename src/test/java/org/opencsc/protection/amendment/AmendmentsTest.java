package org.opencsc.protection.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.ReviewConferenceInput;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Corrections: the record shows the new value, the old one is kept with who and why, and bad values are refused. */
@IntegrationTest
class AmendmentsTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private long discussionOf(long child) {
        return jdbc.sql("SELECT id FROM strategy_discussion WHERE person_id = ?").params(child).query(Long.class).single();
    }

    private List<String> summaries(long child) {
        return events.chronology(List.of(child), ChronologyFilter.latest(50)).stream().map(e -> e.type() + ": " + e.summary()).toList();
    }

    @Test
    void aStrategyDiscussionIsCorrectedAndTheOriginalKept() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = journey.s47Started(r, LocalDate.of(2025, 5, 8));
        long id = discussionOf(r.child());
        String path = "/api/v1/strategy-discussions/" + id + "/amendments";
        Api social = new Api(port, "social");

        Api.Response info = social.post(path, """
                {"field": "information", "value": "Police: two previous call-outs. Health: missed appointments.",
                 "reason": "The police information was left out", "version": 0}""");
        assertThat(info.status()).as(info.body()).isEqualTo(200);
        assertThat(info.json().get(0).get("oldValue").asString()).isEqualTo("Shared by all agencies");
        assertThat(info.json().get(0).get("amendedBy").asString()).isEqualTo("Sam Social");
        assertThat(social.get("/api/v1/strategy-discussions/" + id).json().get("information").asString()).startsWith("Police: two");
        assertThat(summaries(r.child()))
                .contains("AMENDMENT: Corrected the information shared of the strategy discussion: The police information was left out")
                .anyMatch(s -> s.startsWith(EventType.STRATEGY_DISCUSSION + ": Strategy discussion: start"));

        Api.Response stale = social.post(path, "{\"field\": \"information\", \"value\": \"x\", \"reason\": \"y\", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);

        Api.Response future = social.post(path, "{\"field\": \"heldOn\", \"value\": \"2099-01-01\", \"reason\": \"Typo\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(future.body()).contains("cannot be in the future");
        Api.Response beforeReferral = social.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-01\", \"reason\": \"Typo\"}");
        assertThat(beforeReferral.status()).isEqualTo(400);
        assertThat(beforeReferral.body()).contains("cannot be before the referral on 2 May 2025");
        Api.Response noReason = social.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-06\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Enter why the record is being corrected");
        assertThat(social.post(path, "{\"field\": \"decision\", \"value\": \"NO_S47\", \"reason\": \"x\"}").body())
                .contains("Choose what to correct");

        Api.Response held = social.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-06\", \"reason\": \"Held on the Tuesday, not the Thursday\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json()).hasSize(2);
        // The enquiry started with the discussion: it moves with it, and so does the conference due date (15 working days).
        assertThat(jdbc.sql("SELECT started_on::text || ' ' || icpc_due_on::text FROM s47_enquiry WHERE id = ?").params(enquiry)
                .query(String.class).single()).isEqualTo("2025-05-06 2025-05-28");
        assertThat(jdbc.sql("SELECT count(*) FROM amendment WHERE record_id = ? AND record_type = 'STRATEGY_DISCUSSION' "
                + "AND old_value = '2025-05-08' AND new_value = '2025-05-06'").params(id).query(Long.class).single()).isEqualTo(1);

        // The history of corrections cannot itself be rewritten, even by someone with the database.
        assertThatThrownBy(() -> jdbc.sql("UPDATE amendment SET reason = 'x' WHERE record_id = ? AND record_type = 'STRATEGY_DISCUSSION'")
                .params(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM amendment WHERE record_id = ? AND record_type = 'STRATEGY_DISCUSSION'")
                .params(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void onlyThoseWhoRecordDiscussionsCanCorrectThem() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.s47Started(r, LocalDate.of(2025, 5, 6));
        String path = "/api/v1/strategy-discussions/" + discussionOf(r.child()) + "/amendments";
        String body = "{\"field\": \"information\", \"value\": \"Changed\", \"reason\": \"Because\"}";
        assertThat(new Api(port, "contact").post(path, body).status()).isEqualTo(403);
        assertThat(new Api(port, "inspector").post(path, body).status()).isEqualTo(403);
        assertThat(new Api(port, "social2").post(path, body).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM amendment WHERE record_id = ? AND record_type = 'STRATEGY_DISCUSSION'")
                .params(discussionOf(r.child())).query(Long.class).single()).isZero();
    }

    @Test
    void anInitialConferenceIsCorrectedAndThePlanMovesWithItsDate() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long conference = journey.onAPlan(r, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 23));
        String path = "/api/v1/conferences/" + conference + "/amendments";
        Api chair = new Api(port, "chair");

        assertThat(new Api(port, "social").post(path, "{\"field\": \"reasons\", \"value\": \"x\", \"reason\": \"y\"}").status())
                .isEqualTo(403);
        Api.Response early = chair.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-05\", \"reason\": \"Typo\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("cannot be before the Section 47 enquiry started on 6 May 2025");
        Api.Response blank = chair.post(path, "{\"field\": \"childViews\", \"value\": \" \", \"reason\": \"Typo\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Enter the corrected child's views");

        Api.Response views = chair.post(path, """
                {"field": "childViews", "value": "Kai said he is often hungry and cold at home", "reason": "Quoted him wrongly"}""");
        assertThat(views.status()).as(views.body()).isEqualTo(200);
        Api.Response held = chair.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-22\", \"reason\": \"Held a day earlier\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json()).hasSize(2);
        assertThat(held.json().get(0).get("oldValue").asString()).isEqualTo("Kai said he is hungry at home");
        // Core group 10 working days on, skipping the Spring bank holiday (26 May); first review 3 months on.
        assertThat(jdbc.sql("SELECT started_on::text || ' ' || core_group_due_on::text || ' ' || first_review_due_on::text "
                + "FROM cp_plan WHERE conference_id = ?").params(conference).query(String.class).single())
                .isEqualTo("2025-05-22 2025-06-06 2025-08-22");
        assertThat(jdbc.sql("SELECT child_views FROM cp_conference WHERE id = ?").params(conference).query(String.class).single())
                .isEqualTo("Kai said he is often hungry and cold at home");
        assertThat(summaries(r.child()))
                .contains("AMENDMENT: Corrected the date held of the initial child protection conference: Held a day earlier");

        // Once a review has been timed from the plan's start, the start can no longer move.
        long plan = jdbc.sql("SELECT id FROM cp_plan WHERE conference_id = ?").params(conference).query(Long.class).single();
        reviews.record(new ReviewConferenceInput(plan, LocalDate.of(2025, 8, 20), "Casey Chair", "Mum; DS Lowe (police)",
                "Kai said things are calmer", ReviewDecision.CONTINUE_PLAN, AbuseCategory.NEG, "Some progress"),
                journey.user("chair"), ProtectionJourney.API);
        Api.Response late = chair.post(path, "{\"field\": \"heldOn\", \"value\": \"2025-05-21\", \"reason\": \"Typo\"}");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("can no longer be corrected");
    }

    @Test
    void correctingThroughTheDiscussionPage() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.s47Started(r, LocalDate.of(2025, 5, 8));
        String path = "/strategy-discussions/" + discussionOf(r.child());
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get(path);
        assertThat(page.body()).contains("Correct this record").contains("This record has not been corrected");

        PageSession.Page refused = social.post(path + "/amendments", "_csrf", page.csrf(), "version", "0", "field", "heldOn",
                "heldOnDay", "1", "heldOnMonth", "5", "heldOnYear", "2025", "information", "Shared by all agencies",
                "reason", "Wrong day typed");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#heldOn-day\"")
                .contains("cannot be before the referral on 2 May 2025").contains("Wrong day typed");
        assertThat(refused.inputValue("heldOnDay")).isEqualTo("1");
        assertThat(refused.isChecked("field", "heldOn")).isTrue();

        PageSession.Page saved = social.post(path + "/amendments", "_csrf", page.csrf(), "version", "0", "field", "heldOn",
                "heldOnDay", "7", "heldOnMonth", "5", "heldOnYear", "2025", "information", "Shared by all agencies",
                "reason", "Wrong day typed");
        assertThat(saved.location()).endsWith(path + "?corrected");
        assertThat(social.get(path + "?corrected").body()).contains("The correction has been recorded")
                .contains("8 May 2025").contains("7 May 2025").contains("Wrong day typed").contains("Sam Social");
    }
}
