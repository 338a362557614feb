package org.opencsc.protection.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The strategy discussion page: reached from the child's record, bad input kept and explained, saved to the record. */
@IntegrationTest
class StrategyDiscussionPageTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static List<String> rows(boolean withPolice) {
        List<String> f = new ArrayList<>(List.of("heldDay", "6", "heldMonth", "5", "heldYear", "2025", "heldTime", "10:00",
                "information", "Police: two call-outs. Health: missed appointments.",
                "decision", "START_S47", "decisionReason", "Disclosure & bruising: reasonable cause to suspect harm"));
        String[][] attendees = {{"DS Lowe", withPolice ? "POLICE" : "OTHER", "PPU"}, {"Nurse Patel", "HEALTH", ""},
                {"Mrs Khan", "EDUCATION", "DSL"}, {"Sam Social", "SOCIAL_CARE", ""}, {"", "", ""}, {"", "", ""}};
        for (String[] a : attendees) {
            f.addAll(List.of("attendeeName", a[0], "attendeeAgency", a[1], "attendeeRole", a[2]));
        }
        String[][] actions = {{"Joint visit with police", "Sam Social", "7/5/2025"}, {"", "", ""}, {"", "", ""}, {"", "", ""}};
        for (String[] a : actions) {
            f.addAll(List.of("actionText", a[0], "actionOwner", a[1], "actionDue", a[2]));
        }
        return f;
    }

    @Test
    void fromTheRecordToASavedDiscussionWithBadInputKeptOnTheWay() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + r.child()).body()).contains("/referrals/" + r.referral() + "/strategy-discussion");

        PageSession.Page form = social.get("/referrals/" + r.referral() + "/strategy-discussion");
        assertThat(form.status()).isEqualTo(200);
        List<String> missingPolice = rows(false);
        missingPolice.addAll(List.of("_csrf", form.csrf()));
        PageSession.Page refused = social.post("/referrals/" + r.referral() + "/strategy-discussion", missingPolice);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("needs police present")
                .contains("value=\"Joint visit with police\"").contains("Disclosure &amp; bruising");

        List<String> good = rows(true);
        good.addAll(List.of("_csrf", refused.csrf()));
        PageSession.Page saved = social.post("/referrals/" + r.referral() + "/strategy-discussion", good);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/strategy-discussions/").endsWith("?recorded");
        assertThat(social.get(saved.location().replaceFirst("^https?://[^/]+", "")).body()).contains("The strategy discussion has been recorded")
                .contains("initial child protection conference due by 28 May 2025");
        assertThat(jdbc.sql("SELECT count(*) FROM strategy_action WHERE owner = 'Sam Social' AND due_on = DATE '2025-05-07' "
                + "AND discussion_id IN (SELECT id FROM strategy_discussion WHERE person_id = ?)").params(r.child())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aContactOfficerCannotOpenIt() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        assertThat(PageSession.signedIn(port, "contact").get("/referrals/" + r.referral() + "/strategy-discussion").status())
                .isEqualTo(403);
    }

    @Test
    void theEnquiryOutcomeAndTheConferenceThroughThePages() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        long enquiry = journey.s47Started(r, LocalDate.of(2025, 5, 6));
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + r.child()).body()).contains("/s47-enquiries/" + enquiry + "/outcome")
                .contains("conference due by 28 May 2025");
        PageSession.Page form = social.get("/s47-enquiries/" + enquiry + "/outcome");
        PageSession.Page refused = social.post("/s47-enquiries/" + enquiry + "/outcome", "_csrf", form.csrf(),
                "version", "0", "outcomeReason", "Medical: injuries consistent", "completedOnDay", "5", "completedOnMonth", "5",
                "completedOnYear", "2025");
        assertThat(refused.body()).contains("There is a problem").contains("Select the outcome of the enquiry")
                .contains("cannot end before it started on 6 May 2025").contains("Medical: injuries consistent");
        PageSession.Page saved = social.post("/s47-enquiries/" + enquiry + "/outcome", "_csrf", refused.csrf(),
                "version", "0", "outcome", "ICPC_REQUIRED", "outcomeReason", "Medical: injuries consistent",
                "completedOnDay", "16", "completedOnMonth", "5", "completedOnYear", "2025");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        PageSession chair = PageSession.signedIn(port, "chair");
        assertThat(chair.get("/people/" + r.child()).body()).contains("/s47-enquiries/" + enquiry + "/conference");
        PageSession.Page conference = chair.get("/s47-enquiries/" + enquiry + "/conference");
        assertThat(conference.body()).contains("value=\"Casey Chair\"");
        PageSession.Page noCategory = chair.post("/s47-enquiries/" + enquiry + "/conference", "_csrf", conference.csrf(),
                "heldOnDay", "23", "heldOnMonth", "5", "heldOnYear", "2025", "chair", "Casey Chair", "inviteeName", "Mum", "inviteeAgency", "", "inviteeAttendance", "ATTENDED", "inviteeName", "DS Lowe", "inviteeAgency", "Police", "inviteeAttendance", "ATTENDED",
                "childViews", "Kai: I want to stay with nan", "planNeeded", "yes", "category", "", "reasons", "Neglect");
        assertThat(noCategory.body()).contains("Select the category of abuse for the plan").contains("Kai: I want to stay with nan");
        PageSession.Page done = chair.post("/s47-enquiries/" + enquiry + "/conference", "_csrf", noCategory.csrf(),
                "heldOnDay", "23", "heldOnMonth", "5", "heldOnYear", "2025", "chair", "Casey Chair", "inviteeName", "Mum", "inviteeAgency", "", "inviteeAttendance", "ATTENDED", "inviteeName", "DS Lowe", "inviteeAgency", "Police", "inviteeAttendance", "ATTENDED",
                "childViews", "Kai: I want to stay with nan", "planNeeded", "yes", "category", "NEG", "reasons", "Neglect");
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(chair.get("/people/" + r.child()).body()).contains("Child protection plan: neglect, since 23 May 2025")
                .doesNotContain("/s47-enquiries/" + enquiry + "/conference");
    }
}
