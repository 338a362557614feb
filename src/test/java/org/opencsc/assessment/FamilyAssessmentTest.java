package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.person.RecordRestriction;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A sibling group assessed together (issue 10, finding 17): one assessment per child for the
 * census, the family sections written once and shown on each; and the manager's reasoning with
 * an authorisation (finding 12).
 */
@IntegrationTest
class FamilyAssessmentTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;
    private static final LocalDate REFERRED = LocalDate.of(2025, 9, 1);
    private static final LocalDate STARTED = LocalDate.of(2025, 9, 2);

    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    EventLog events;
    @Autowired
    RecordRestriction restriction;
    @LocalServerPort
    int port;

    private SingleAssessment read(long id) {
        return assessments.open(id, fx.user("social"), API, "/test");
    }

    private long assessmentOf(long personId) {
        return assessments.forChild(personId).getFirst().id();
    }

    private static AssessmentDraft draft(SingleAssessment a, String family, String own) {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s, (s.family() ? family : own) + ": " + s.label());
        }
        return new AssessmentDraft(sections, Set.of(AssessmentFactor.NEGLECT), AssessmentOutcome.CHILD_IN_NEED,
                own + ": needs support", a.version(), a.familyVersion());
    }

    @Test
    void theFamilySectionsAreWrittenOnceAndEachChildKeepsTheirOwn() {
        ReferredChildren.Siblings f = fx.siblingsReferred(REFERRED);
        long noah = assessments.start(f.olderReferral(), STARTED, List.of(f.youngerReferral()), fx.user("social"), API);
        long ella = assessmentOf(f.younger());
        SingleAssessment a = read(noah);
        SingleAssessment b = read(ella);
        assertThat(a.familyAssessmentId()).isNotNull().isEqualTo(b.familyAssessmentId());
        assertThat(List.of(a.referralId(), b.referralId())).containsExactly(f.olderReferral(), f.youngerReferral());
        assertThat(b.startedOn()).isEqualTo(STARTED);
        // The family's history is pre-filled once, about both children.
        assertThat(a.text(AssessmentSection.HISTORY)).isEqualTo(b.text(AssessmentSection.HISTORY))
                .contains(f.olderName() + ": Referrals and their outcomes").contains(f.youngerName() + ": Referrals and their outcomes")
                .contains("Referral " + f.youngerReferral() + ", 1 September 2025");

        assessments.saveDraft(noah, draft(a, "Family", "Noah"), fx.user("social"), API);
        SingleAssessment ellaNow = read(ella);
        assertThat(ellaNow.text(AssessmentSection.PARENTAL_CAPACITY)).isEqualTo("Family: Parental capacity");
        assertThat(ellaNow.text(AssessmentSection.HISTORY)).isEqualTo("Family: History and wider family");
        assertThat(ellaNow.text(AssessmentSection.WISHES_AND_FEELINGS)).isNull();
        assertThat(ellaNow.factors()).isEmpty();
        assertThat(ellaNow.version()).isEqualTo(b.version());

        // Ella's own part; a draft read before Noah's save would overwrite the family's text, so it is refused whole.
        assertThatThrownBy(() -> assessments.saveDraft(ella, draft(b, "Stale", "Ella"), fx.user("social"), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("sibling's assessment");
        assertThat(read(ella).text(AssessmentSection.WISHES_AND_FEELINGS)).isNull();
        assessments.saveDraft(ella, draft(ellaNow, "Family", "Ella"), fx.user("social"), API);
        assertThat(read(ella).text(AssessmentSection.WISHES_AND_FEELINGS)).isEqualTo("Ella: The child’s wishes and feelings");
        assertThat(read(noah).text(AssessmentSection.WISHES_AND_FEELINGS)).isEqualTo("Noah: The child’s wishes and feelings");

        // Submitted, Noah's keeps the family text the manager reads, while Ella's goes on being written.
        assessments.submit(noah, read(noah).version(), LocalDate.of(2025, 10, 1), fx.user("social"), API);
        SingleAssessment ellaAgain = read(ella);
        Map<AssessmentSection, String> changed = new EnumMap<>(draft(ellaAgain, "Family", "Ella").sections());
        changed.put(AssessmentSection.PARENTAL_CAPACITY, "Mum has started the parenting course");
        assessments.saveDraft(ella, new AssessmentDraft(changed, Set.of(AssessmentFactor.NEGLECT), AssessmentOutcome.CHILD_IN_NEED,
                "Ella: needs support", ellaAgain.version(), ellaAgain.familyVersion()), fx.user("social"), API);
        assertThat(read(noah).text(AssessmentSection.PARENTAL_CAPACITY)).isEqualTo("Family: Parental capacity");
        assertThat(read(ella).text(AssessmentSection.PARENTAL_CAPACITY)).isEqualTo("Mum has started the parenting course");

        // Each is authorised on its own date, for the census.
        assessments.authorise(noah, read(noah).version(), LocalDate.of(2025, 10, 3), "Clear analysis of the neglect",
                fx.user("manager"), API);
        assertThat(read(noah).authorisedOn()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(read(ella).inProgress()).isTrue();
    }

    @Test
    void aGroupedDraftWithoutTheFamilyVersionIsRefusedNamingIt() {
        ReferredChildren.Siblings f = fx.siblingsReferred(REFERRED);
        long noah = assessments.start(f.olderReferral(), STARTED, List.of(f.youngerReferral()), fx.user("social"), API);
        SingleAssessment a = read(noah);
        AssessmentDraft d = draft(a, "Family", "Noah");
        assertThatThrownBy(() -> assessments.saveDraft(noah, new AssessmentDraft(d.sections(), d.factors(), d.outcome(),
                d.outcomeReasons(), d.version()), fx.user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("familyVersion"));
    }

    @Test
    void onlyLinkedSiblingsWithOpenReferralsAndNoAssessmentAreGroupedAndNoRestrictedRecord() {
        ReferredChildren.Siblings f = fx.siblingsReferred(REFERRED);
        ReferredChildren.Siblings strangers = fx.siblingsReferred(REFERRED);
        assertThatThrownBy(() -> assessments.start(f.olderReferral(), STARTED, List.of(strangers.youngerReferral()),
                fx.user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .anyMatch(m -> m.contains("is not linked as a sibling")));
        assertThatThrownBy(() -> assessments.start(f.olderReferral(), LocalDate.of(2025, 8, 1), List.of(f.youngerReferral()),
                fx.user("social"), API)).isInstanceOf(ValidationException.class);
        // Nothing was started by the refused attempts.
        assertThat(assessments.forChild(f.older())).isEmpty();
        assertThat(assessments.forChild(f.younger())).isEmpty();

        // The team's manager is named too: the suite shares one database, and other tests read North's team lists
        // expecting every row to be a child the manager may open.
        restriction.restrict(f.younger(), List.of("manager"), "Child of a member of staff", fx.user("dutymanager"));
        // Sam Social holds both children, so is named on Ella's restriction and may record on her.
        assertThatThrownBy(() -> assessments.start(f.olderReferral(), STARTED, List.of(f.youngerReferral()),
                fx.user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .anyMatch(m -> m.contains("restricted record is assessed on its own")));
        assertThat(assessments.forChild(f.older())).isEmpty();
    }

    @Test
    void theManagersReasoningIsKeptWithTheAuthorisationShownInTheChronologyAndTheApi() {
        ReferredChildren.Siblings f = fx.siblingsReferred(REFERRED);
        Api social = new Api(port, "social");
        Api.Response started = social.post("/api/v1/assessments", "{\"referralId\": " + f.olderReferral()
                + ", \"startedOn\": \"2025-09-02\", \"siblingReferralIds\": [" + f.youngerReferral() + "]}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode a = started.json();
        long id = a.get("id").asLong();
        assertThat(a.get("familyAssessmentId").isNull()).isFalse();
        assertThat(a.get("siblingAssessments").get(0).get("childName").asString()).isEqualTo(f.youngerName());
        String body = """
                {"version": %d, "familyVersion": %d, "wishesAndFeelings": "Noah wants to stay home", "history": "Known since 2024",
                 "parentalCapacity": "Mum is trying", "cultureAndIdentity": "Welsh family", "riskAndProtectiveFactors": "Nan nearby",
                 "analysis": "Needs a plan", "factors": ["16A"], "outcome": "CHILD_IN_NEED", "outcomeReasons": "Support needed"}
                """.formatted(a.get("version").asInt(), a.get("familyVersion").asInt());
        Api.Response saved = social.put("/api/v1/assessments/" + id, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Response submitted = social.post("/api/v1/assessments/" + id + "/submit",
                "{\"version\": " + saved.json().get("version").asInt() + ", \"completedOn\": \"2025-10-01\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Response authorised = new Api(port, "manager").post("/api/v1/assessments/" + id + "/authorise",
                "{\"version\": " + submitted.json().get("version").asInt() + ", \"authorisedOn\": \"2025-10-02\","
                        + " \"comment\": \"Analysis weighs the neglect well; CIN plan within 10 days\"}");
        assertThat(authorised.status()).as(authorised.body()).isEqualTo(200);
        assertThat(authorised.json().get("authorisedComment").asString())
                .isEqualTo("Analysis weighs the neglect well; CIN plan within 10 days");

        List<ChronologyEntry> chronology = events.chronology(List.of(f.older()),
                new ChronologyFilter(Set.of(EventType.ASSESSMENT_AUTHORISED), Set.of(), null, null, null, 10, 0));
        assertThat(chronology).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Manager's comment: Analysis weighs the neglect well; CIN plan within 10 days"));
    }

    @Test
    void theHistoryPrefillSummarisesReferralsPlansEventsAgenciesAndTheSiblingsTheWorkerMayName() {
        ReferredChildren.Family f = fx.withHistory(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 9, 15));
        String surname = f.siblingName().substring("Lily ".length());
        long lilysReferral = fx.referralOf(f.sibling(), LocalDate.of(2025, 2, 3));
        fx.restrictedHalfBrother(f.child(), surname, LocalDate.of(2025, 4, 7));
        long id = assessments.start(f.referral(), LocalDate.of(2025, 9, 16), fx.user("social"), API);

        String history = read(id).text(AssessmentSection.HISTORY);
        assertThat(history).contains("Referrals and their outcomes:\n- Referral " + f.previousReferral()
                + ", 9 January 2025 (Health services: GP; primary need N1 ");
        assertThat(history).contains("- Referral " + f.referral() + ", 15 September 2025");
        assertThat(history).contains("Plans, categories and level of need:").contains("Key events (from the chronology, oldest first):");
        assertThat(history).contains("Agencies involved:\n- Health services: GP (GP surgery), contact (9 January 2025)");
        assertThat(history).contains("Siblings' involvement:\n- " + f.siblingName() + " (sibling): \n  - 3 February 2025, Referral "
                + lilysReferral + " to children's social care");
        // Sam Social may open the restricted half-brother, but everyone who opens Mia reads this text.
        assertThat(history).doesNotContain("Zac").doesNotContain("7 April 2025")
                .contains("A family member whose record is not shown here, half-sibling");
    }
}
