package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.security.AccessLog;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sibling group's assessment as the worker and the manager meet it on the pages: started for
 * both children at once, the family sections written once on either child's page, each child's
 * own sections on theirs, and the manager's authorisation with their reasoning (findings 12, 17).
 */
@IntegrationTest
class FamilyAssessmentPageTest {

    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @LocalServerPort
    int port;

    private static List<String> complete(String csrf, String version, String familyVersion, String own) {
        List<String> fields = new ArrayList<>(List.of("_csrf", csrf, "version", version, "familyVersion", familyVersion,
                "history", "Mum and the children moved from Cardiff in 2023", "parentalCapacity", "Mum is warm but overwhelmed",
                "wishesAndFeelings", own + " wants to stay at home", "cultureAndIdentity", own + " is proud of the family's Welsh roots",
                "riskAndProtectiveFactors", "Nan nearby", "analysis", own + " needs routines", "factors", "16A",
                "outcome", "CHILD_IN_NEED", "outcomeReasons", "Support needed"));
        return fields;
    }

    private static long idOf(PageSession.Page redirect) {
        String path = redirect.location().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void aSiblingGroupIsAssessedTogetherAndTheManagerAuthorisesWithAComment() {
        ReferredChildren.Siblings f = fx.siblingsReferred(LocalDate.of(2025, 9, 1));
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page start = social.get("/referrals/" + f.olderReferral() + "/assessment/new");
        assertThat(start.body()).contains("Assess siblings together?").contains("value=\"" + f.youngerReferral() + "\"")
                .contains(f.youngerName() + " (sibling), referral " + f.youngerReferral());
        PageSession.Page started = social.post("/referrals/" + f.olderReferral() + "/assessment", "_csrf", start.csrf(),
                "startedOnDay", "2", "startedOnMonth", "9", "startedOnYear", "2025", "siblings", String.valueOf(f.youngerReferral()));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        long noah = idOf(started);
        long ella = assessments.forChild(f.younger()).getFirst().id();

        PageSession.Page page = social.get("/assessments/" + noah);
        assertThat(page.body()).contains("id=\"family-sections\"").contains("id=\"child-sections\"")
                .contains("id=\"sibling-assessment-" + ella + "\"").contains(f.youngerName() + "’s assessment (in progress)");
        assertThat(page.body()).contains("name=\"familyVersion\" value=\"0\"");

        // The family sections are written on Noah's page, and read on Ella's without being written again.
        List<String> noahsDraft = complete(page.csrf(), "0", "0", "Noah");
        noahsDraft.addAll(List.of("action", "save"));
        assertThat(social.post("/assessments/" + noah, noahsDraft).status()).isEqualTo(302);
        PageSession.Page ellas = social.get("/assessments/" + ella);
        assertThat(ellas.body()).contains("Mum is warm but overwhelmed").contains("Mum and the children moved from Cardiff")
                .doesNotContain("Noah wants to stay at home").contains("id=\"sibling-assessment-" + noah + "\"");
        assertThat(ellas.body()).contains("name=\"familyVersion\" value=\"1\"");

        // A stale family version (Ella's page read before Noah's save) is refused with what was typed kept.
        List<String> staleEllas = complete(ellas.csrf(), "0", "0", "Ella");
        staleEllas.addAll(List.of("action", "save"));
        PageSession.Page refused = social.post("/assessments/" + ella, staleEllas);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("changed on a sibling").contains("Ella wants to stay at home");

        List<String> noahsSubmit = complete(page.csrf(), "1", "1", "Noah");
        noahsSubmit.addAll(List.of("action", "submit", "completedOnDay", "1", "completedOnMonth", "10", "completedOnYear", "2025"));
        PageSession.Page submitted = social.post("/assessments/" + noah, noahsSubmit);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page review = manager.get("/assessments/" + noah);
        assertThat(review.body()).contains("Parental capacity (the family’s, shared with the sibling group)")
                .contains("Mum is warm but overwhelmed").contains("Your reasoning");
        PageSession.Page noDate = manager.post("/assessments/" + noah + "/authorise", "_csrf", review.csrf(), "version", "3",
                "comment", "Good analysis of the impact of neglect", "authorisedOnDay", "", "authorisedOnMonth", "",
                "authorisedOnYear", "");
        assertThat(noDate.status()).isEqualTo(200);
        assertThat(noDate.body()).contains("href=\"#authorisedOn-day\"").contains("Good analysis of the impact of neglect");
        PageSession.Page done = manager.post("/assessments/" + noah + "/authorise", "_csrf", review.csrf(), "version", "3",
                "comment", "Good analysis of the impact of neglect", "authorisedOnDay", "2", "authorisedOnMonth", "10",
                "authorisedOnYear", "2025");
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(manager.get("/assessments/" + noah).body()).contains("id=\"authorised-comment\"")
                .contains("Good analysis of the impact of neglect");
        assertThat(assessments.open(noah, fx.user("manager"), AccessLog.Channel.API, "/test").authorisedComment())
                .isEqualTo("Good analysis of the impact of neglect");
        // Ella's assessment is her own: still in progress, with the family's text and none of Noah's.
        SingleAssessment hers = assessments.open(ella, fx.user("social"), AccessLog.Channel.API, "/test");
        assertThat(hers.inProgress()).isTrue();
        assertThat(hers.text(AssessmentSection.PARENTAL_CAPACITY)).isEqualTo("Mum is warm but overwhelmed");
        assertThat(hers.text(AssessmentSection.WISHES_AND_FEELINGS)).isNull();
    }

    @Test
    void aRefusedSubmissionLeavesThePrefilledHistoryAsItWas() {
        ReferredChildren.Siblings f = fx.siblingsReferred(LocalDate.of(2025, 9, 1));
        long id = assessments.start(f.olderReferral(), LocalDate.of(2025, 9, 2), fx.user("social"), AccessLog.Channel.API);
        String prefilled = assessments.open(id, fx.user("social"), AccessLog.Channel.API, "/test").text(AssessmentSection.HISTORY);
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/assessments/" + id);
        PageSession.Page refused = social.post("/assessments/" + id, List.of("_csrf", page.csrf(), "version", "0",
                "action", "submit", "history", "", "analysis", "Typed before submitting",
                "completedOnDay", "1", "completedOnMonth", "10", "completedOnYear", "2025"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#history\"")
                .contains("Typed before submitting");
        SingleAssessment after = assessments.open(id, fx.user("social"), AccessLog.Channel.API, "/test");
        assertThat(after.text(AssessmentSection.HISTORY)).isEqualTo(prefilled);
        assertThat(after.text(AssessmentSection.ANALYSIS)).isNull();
        assertThat(after.version()).isZero();
    }
}
