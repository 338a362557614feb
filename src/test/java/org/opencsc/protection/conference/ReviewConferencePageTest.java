package org.opencsc.protection.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ReviewConferencePageTest {

    @Autowired
    ProtectionJourney fx;
    @Autowired
    Conferences conferences;
    @LocalServerPort
    int port;

    @Test
    void theReviewFormKeepsWhatWasTypedWhenSomethingIsMissingThenSaves() {
        var r = fx.referredAndAllocated(LocalDate.of(2026, 5, 1));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20), "chair");
        PageSession chair = PageSession.signedIn(port, "chair");
        String record = chair.get("/people/" + r.child()).body();
        assertThat(record).contains("href=\"/plans/" + plan.id() + "/review-conference\"")
                .contains("Next core group due by 4 June 2026; next review conference due by 20 August 2026");

        PageSession.Page form = chair.get("/plans/" + plan.id() + "/review-conference");
        assertThat(form.status()).isEqualTo(200);
        String path = "/plans/" + plan.id() + "/review-conference";
        PageSession.Page error = chair.post(path, "_csrf", form.csrf(), "heldOnDay", "10", "heldOnMonth", "8", "heldOnYear", "2026",
                "chair", "Casey Chair", "inviteeName", "Mum", "inviteeAgency", "Parent", "inviteeAttendance", "ATTENDED",
                "inviteeName", "DS Lowe", "inviteeAgency", "Police", "inviteeAttendance", "ATTENDED", "childViews", "Kai drew a happy house",
                "category", "PHY", "reasons", "Bruising again in July");
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.body()).contains("There is a problem").contains("Select whether the plan continues or ends")
                .contains("Kai drew a happy house").contains("value=\"DS Lowe\"").contains("Bruising again in July");
        assertThat(error.inputValue("heldOnDay")).isEqualTo("10");
        assertThat(error.inputValue("heldOnYear")).isEqualTo("2026");
        assertThat(error.inputValue("chair")).isEqualTo("Casey Chair");
        assertThat(error.isSelected("category", "PHY")).isTrue();

        PageSession.Page saved = chair.post(path, "_csrf", error.csrf(), "heldOnDay", "10", "heldOnMonth", "8", "heldOnYear", "2026",
                "chair", "Casey Chair", "inviteeName", "Mum", "inviteeAgency", "Parent", "inviteeAttendance", "ATTENDED",
                "inviteeName", "DS Lowe", "inviteeAgency", "Police", "inviteeAttendance", "ATTENDED", "childViews", "Kai drew a happy house",
                "decision", "CONTINUE_PLAN", "category", "PHY", "reasons", "Bruising again in July");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/people/" + r.child() + "?reviewRecorded");
        assertThat(conferences.openPlanOf(r.child()).orElseThrow().category()).isEqualTo(AbuseCategory.PHY);
        assertThat(PageSession.signedIn(port, "social").get(path).status()).isEqualTo(403);
    }

    @Test
    void theCoreGroupFormSavesFromTheRecord() {
        var r = fx.referredAndAllocated(LocalDate.of(2026, 5, 1));
        ChildProtectionPlan plan = fx.onAPlan(r, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20), "chair");
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + r.child()).body()).contains("href=\"/plans/" + plan.id() + "/core-group\"");
        String path = "/plans/" + plan.id() + "/core-group";
        PageSession.Page form = social.get(path);
        PageSession.Page error = social.post(path, "_csrf", form.csrf(), "heldOnDay", "2", "heldOnMonth", "6", "heldOnYear", "2026",
                "attendees", "Mum, school nurse", "progress", "Better attendance", "actions", "Nurse: health review");
        assertThat(error.body()).contains("Record whether the child was seen").contains("Better attendance");
        assertThat(error.inputValue("heldOnMonth")).isEqualTo("6");
        PageSession.Page saved = social.post(path, "_csrf", error.csrf(), "heldOnDay", "2", "heldOnMonth", "6", "heldOnYear", "2026",
                "attendees", "Mum, school nurse", "childSeen", "yes", "progress", "Better attendance", "actions", "Nurse: health review");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        // Tue 2 June 2026 + 20 working days: Tue 30 June.
        assertThat(conferences.openPlanOf(r.child()).orElseThrow().nextCoreGroupDueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
