package org.opencsc.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.assessment.AssessmentDraft;
import org.opencsc.assessment.AssessmentFactor;
import org.opencsc.assessment.AssessmentOutcome;
import org.opencsc.assessment.AssessmentSection;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case is closed with a reason the rest of its record agrees with, by the CIN census rules:
 * not while its assessment or a Section 47 enquiry is unfinished (8867, 8868), not with RC8 "no
 * further action" after an enquiry (2990), RC8 when the assessment found no factors (8873), and
 * not before the assessment was authorised (8565).
 */
@IntegrationTest
class ClosureReasonConsistencyTest {

    static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    ReferralService referrals;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    S47Enquiries enquiries;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    private static AssessmentDraft draft(Set<AssessmentFactor> factors, AssessmentOutcome outcome) {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s, "Written: " + s.label());
        }
        return new AssessmentDraft(sections, factors, outcome, "As assessed", 0);
    }

    private ValidationException refused(long referral, LocalDate on, ClosureReason reason) {
        int version = referrals.find(referral).version();
        try {
            closure.close(referral, version, on, reason, "Closing", journey.user("manager"), API);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("The closure with " + reason + " was not refused");
    }

    @Test
    void rc8WhileTheAssessmentIsInProgressIsRefusedOnThePageAndOverTheApi() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(20));
        long assessment = assessments.start(r.referral(), today.minusDays(19), journey.user("social"), API);

        Api.Response api = new Api(port, "manager").post("/api/v1/referrals/" + r.referral() + "/closure",
                "{\"version\": " + referrals.find(r.referral()).version() + ", \"reason\": \"RC8\", \"closedOn\": \"" + today
                        + "\", \"why\": \"No further action\"}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().path("errors").get(0).path("field").asString()).isEqualTo("id");
        assertThat(api.json().path("errors").get(0).path("message").asString())
                .startsWith("The single assessment started on").contains("is still in progress")
                .contains("finish it and have it authorised before closing the case");
        assertThat(refused(r.referral(), today, ClosureReason.RC7).problems()).as("whatever the reason")
                .anySatisfy(p -> assertThat(p.message()).contains("still in progress"));

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/referrals/" + r.referral() + "/closure");
        assertThat(page.body()).contains("id=\"work-open\"").contains("The case cannot close yet")
                .contains("/assessments/" + assessment).doesNotContain("id=\"close-case\"");
        PageSession.Page posted = manager.post("/referrals/" + r.referral() + "/closure", "_csrf", page.csrf(),
                "version", String.valueOf(referrals.find(r.referral()).version()), "closedOnDay", String.valueOf(today.getDayOfMonth()),
                "closedOnMonth", String.valueOf(today.getMonthValue()), "closedOnYear", String.valueOf(today.getYear()),
                "reason", "RC8", "why", "No further action");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("There is a problem").contains("href=\"#work-open\"");
        assertThat(referrals.find(r.referral()).closedOn()).isNull();

        // Finished and authorised, the case closes with RC8.
        assessments.saveDraft(assessment, draft(Set.of(AssessmentFactor.NEGLECT), AssessmentOutcome.CHILD_IN_NEED),
                journey.user("social"), API);
        assessments.submit(assessment, 1, today.minusDays(2), journey.user("social"), API);
        assessments.authorise(assessment, 2, today.minusDays(1), journey.user("manager"), API);
        assertThat(refused(r.referral(), today.minusDays(2), ClosureReason.RC8).problems())
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("closedOn"))
                .anySatisfy(p -> assertThat(p.message()).contains("before its assessment was authorised"));
        closure.close(r.referral(), referrals.find(r.referral()).version(), today, ClosureReason.RC8, "No further action",
                journey.user("manager"), API);
        assertThat(referrals.find(r.referral()).closureReason()).isEqualTo("RC8");
    }

    @Test
    void rc8AfterASection47EnquiryIsRefusedAndTheEnquiryMustBeFinishedFirst() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(20));
        long enquiry = journey.s47Started(r, today.minusDays(18));
        assertThat(refused(r.referral(), today, ClosureReason.RC7).problems())
                .anySatisfy(p -> assertThat(p.message()).contains("Section 47 enquiry").contains("waiting for its outcome"));

        enquiries.complete(enquiry, enquiries.open(enquiry, journey.user("social"), API, "/test").version(),
                S47Outcome.CONCERNS_NOT_SUBSTANTIATED, "Interviews and medical", today.minusDays(10), journey.user("social"), API);
        assertThat(refused(r.referral(), today, ClosureReason.RC8).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.message()).contains("a Section 47 enquiry was started in this episode");
        });
        closure.close(r.referral(), referrals.find(r.referral()).version(), today, ClosureReason.RC7,
                "Concerns not substantiated; family supported by school", journey.user("manager"), API);
        assertThat(referrals.find(r.referral()).closureReason()).isEqualTo("RC7");
    }

    @Test
    void whenTheAssessmentFoundNoFactorsTheReasonIsRc8() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(20));
        long assessment = assessments.start(r.referral(), today.minusDays(19), journey.user("social"), API);
        assessments.saveDraft(assessment, draft(Set.of(AssessmentFactor.NO_FACTORS), AssessmentOutcome.NO_FURTHER_ACTION),
                journey.user("social"), API);
        assessments.submit(assessment, 1, today.minusDays(2), journey.user("social"), API);
        assessments.authorise(assessment, 2, today.minusDays(1), journey.user("manager"), API);

        assertThat(refused(r.referral(), today, ClosureReason.RC9).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no factors").contains("RC8"));
        assertThatThrownBy(() -> closure.close(r.referral(), referrals.find(r.referral()).version(), today, ClosureReason.RC7,
                "x", journey.user("manager"), API)).isInstanceOf(ValidationException.class);
        closure.close(r.referral(), referrals.find(r.referral()).version(), today, ClosureReason.RC8, "No further action",
                journey.user("manager"), API);
        assertThat(referrals.find(r.referral()).closureReason()).isEqualTo("RC8");
    }
}
