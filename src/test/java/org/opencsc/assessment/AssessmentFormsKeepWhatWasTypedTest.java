package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assessment page never replaces what was typed: an impossible completion date is refused
 * (not stored as today), a real one comes back after "Save draft", and a manager's comment
 * survives someone else deciding first.
 */
@IntegrationTest
class AssessmentFormsKeepWhatWasTypedTest {

    static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    private long started() {
        LocalDate today = clock.today();
        ProtectionJourney.Referred r = fx.referred(today.minusDays(20));
        return assessments.start(r.referral(), today.minusDays(19), fx.user("social"), API);
    }

    private SingleAssessment read(long id) {
        return assessments.open(id, fx.user("social"), API, "/test");
    }

    @Test
    void aDraftSavedWithThirtyFirstFebruaryIsRefusedWithADateErrorKeepingEverythingTyped() {
        long id = started();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/assessments/" + id);
        PageSession.Page refused = social.post("/assessments/" + id, List.of("_csrf", page.csrf(), "version", "0", "action", "save",
                "wishesAndFeelings", "Kai said he likes his football club", "factors", "16A",
                "completedOnDay", "31", "completedOnMonth", "2", "completedOnYear", "2026"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem")
                .contains("The date the assessment was completed must be a real date")
                .contains("href=\"#completedOn-day\"").contains("id=\"completedOn-day\"")
                .contains("Kai said he likes his football club");
        assertThat(refused.inputValue("completedOnDay")).isEqualTo("31");
        assertThat(refused.inputValue("completedOnMonth")).isEqualTo("2");
        assertThat(refused.isChecked("factors", "16A")).isTrue();
        assertThat(read(id).version()).as("nothing saved").isZero();
        assertThat(read(id).text(AssessmentSection.WISHES_AND_FEELINGS)).isNull();
    }

    @Test
    void aRealCompletionDateTypedWithADraftComesBackAsTypedNotAsToday() {
        long id = started();
        LocalDate yesterday = clock.today().minusDays(1);
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/assessments/" + id);
        PageSession.Page saved = social.post("/assessments/" + id, List.of("_csrf", page.csrf(), "version", "0", "action", "save",
                "wishesAndFeelings", "Kai said he likes his football club",
                "completedOnDay", String.valueOf(yesterday.getDayOfMonth()),
                "completedOnMonth", String.valueOf(yesterday.getMonthValue()),
                "completedOnYear", String.valueOf(yesterday.getYear())));
        assertThat(saved.status()).isEqualTo(302);
        PageSession.Page shown = social.get(saved.location().replaceAll("^https?://[^/]+", ""));
        assertThat(shown.body()).contains("Your draft has been saved");
        assertThat(shown.inputValue("completedOnDay")).isEqualTo(String.valueOf(yesterday.getDayOfMonth()));
        assertThat(read(id).text(AssessmentSection.WISHES_AND_FEELINGS)).isEqualTo("Kai said he likes his football club");
    }

    @Test
    void returningAnAssessmentSomeoneDecidedMeanwhileSaysSoAndKeepsTheComment() {
        long id = started();
        assessments.saveDraft(id, ReferredChildren.complete(0), fx.user("social"), API);
        LocalDate today = clock.today();
        assessments.submit(id, 1, today.minusDays(2), fx.user("social"), API);

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/assessments/" + id);
        assertThat(page.body()).contains("id=\"return-assessment\"");
        // Another manager authorises it while this one writes what needs to change.
        assessments.authorise(id, 2, today, fx.user("dutymanager"), API);

        String comment = "Say more about dad's drinking & what the school sees";
        PageSession.Page refused = manager.post("/assessments/" + id + "/return", "_csrf", page.csrf(), "version", "2",
                "comment", comment);
        assertThat(refused.status()).as("a page, not a bare 409").isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("already authorised")
                .contains("Your comment, not saved").contains("Say more about dad&#39;s drinking &amp; what the school sees");
        assertThat(read(id).authorised()).isTrue();
        assertThat(read(id).returnedComment()).isNull();
    }

    @Test
    void authorisingOneReturnedMeanwhileSaysSoOnThePageRatherThanABare409() {
        long id = started();
        assessments.saveDraft(id, ReferredChildren.complete(0), fx.user("social"), API);
        LocalDate today = clock.today();
        assessments.submit(id, 1, today.minusDays(2), fx.user("social"), API);
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/assessments/" + id);
        assessments.returnToWorker(id, 2, "Add the child's view", fx.user("dutymanager"), API);

        PageSession.Page refused = manager.post("/assessments/" + id + "/authorise", "_csrf", page.csrf(), "version", "2",
                "authorisedOnDay", String.valueOf(today.getDayOfMonth()), "authorisedOnMonth", String.valueOf(today.getMonthValue()),
                "authorisedOnYear", String.valueOf(today.getYear()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("not been submitted for authorisation yet");
        assertThat(read(id).inProgress()).isTrue();
    }
}
