package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AssessmentPageTest {

    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @LocalServerPort
    int port;

    @Test
    void startedFromTheRecordAndAFailedSubmitKeepsWhatWasTyped() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page record = social.get("/people/" + r.child());
        assertThat(record.body()).contains("id=\"start-assessment-" + r.referral() + "\"");

        PageSession.Page start = social.get("/referrals/" + r.referral() + "/assessment/new");
        assertThat(start.status()).isEqualTo(200);
        PageSession.Page started = social.post("/referrals/" + r.referral() + "/assessment", "_csrf", start.csrf(),
                "startedOnDay", "4", "startedOnMonth", "3", "startedOnYear", "2025");
        assertThat(started.status()).isEqualTo(302);
        String path = started.location().replaceAll("^https?://[^/]+", "").replace("?started", "");
        assertThat(path).matches("/assessments/\\d+");

        PageSession.Page page = social.get(path);
        assertThat(page.body()).contains("Referrals and their outcomes").contains("govuk-checkboxes")
                .contains("Submit for authorisation").contains("Save draft");
        PageSession.Page refused = social.post(path, List.of("_csrf", page.csrf(), "version", "0", "action", "submit",
                "wishesAndFeelings", "Kai said he likes his football club", "history", "Known to the school nurse",
                "factors", "16A", "outcome", "CHILD_IN_NEED",
                "completedOnDay", "1", "completedOnMonth", "4", "completedOnYear", "2025"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Parental capacity")
                .contains("href=\"#parentalCapacity\"").contains("href=\"#outcomeReasons\"")
                .doesNotContain("href=\"#factors\"");
        assertThat(refused.body()).contains("Kai said he likes his football club").contains("Known to the school nurse");
        assertThat(refused.isChecked("factors", "16A")).isTrue();
        assertThat(refused.isChecked("outcome", "CHILD_IN_NEED")).isTrue();
        assertThat(refused.inputValue("completedOnDay")).isEqualTo("1");

        // A refused step changes nothing: the pre-filled history is as it was, nothing typed was saved
        // (it is on the page to finish), and the record shows where the assessment is.
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        SingleAssessment unchanged = assessments.open(id, fx.user("social"), AccessLog.Channel.API, "/test");
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.text(AssessmentSection.WISHES_AND_FEELINGS)).isNull();
        assertThat(unchanged.text(AssessmentSection.HISTORY)).contains("Referrals and their outcomes")
                .doesNotContain("Known to the school nurse");
        assertThat(unchanged.factors()).isEmpty();
        assertThat(social.get("/people/" + r.child()).body()).contains("id=\"assessment-" + id + "\"")
                .contains("in progress, due by 8 May 2025").doesNotContain("id=\"start-assessment-" + r.referral() + "\"");
    }

    @Test
    void theManagerSeesTheAuthorisationFormsAndTheAuthorisedPageSaysHowLate() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 3), fx.user("social"), AccessLog.Channel.API);
        assessments.saveDraft(id, ReferredChildren.complete(0), fx.user("social"), AccessLog.Channel.API);
        assessments.submit(id, 1, LocalDate.of(2025, 5, 1), fx.user("social"), AccessLog.Channel.API);

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/assessments/" + id);
        assertThat(page.body()).contains("id=\"authorise-assessment\"").contains("id=\"return-assessment\"")
                .doesNotContain("id=\"submit-assessment\"");
        PageSession.Page noDate = manager.post("/assessments/" + id + "/authorise", "_csrf", page.csrf(), "version", "2",
                "authorisedOnDay", "", "authorisedOnMonth", "", "authorisedOnYear", "");
        assertThat(noDate.status()).isEqualTo(200);
        assertThat(noDate.body()).as("a date's error links to its day box").contains("href=\"#authorisedOn-day\"")
                .contains("id=\"authorisedOn-day\"");
        PageSession.Page done = manager.post("/assessments/" + id + "/authorise", "_csrf", page.csrf(), "version", "2",
                "authorisedOnDay", "14", "authorisedOnMonth", "5", "authorisedOnYear", "2025");
        assertThat(done.status()).isEqualTo(302);
        // Due Thursday 8 May 2025 (Easter and the early May bank holiday fall in the 45 working days);
        // Wednesday 14 May is 4 working days later.
        assertThat(manager.get("/assessments/" + id).body()).contains("Authorised 4 working days late");
    }

    @Test
    void aSupportWorkerCannotStartOne() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        PageSession family = PageSession.signedIn(port, "family");
        assertThat(family.get("/people/" + r.child()).body()).doesNotContain("start-assessment-");
        assertThat(family.get("/referrals/" + r.referral() + "/assessment/new").status()).isEqualTo(403);
    }
}
