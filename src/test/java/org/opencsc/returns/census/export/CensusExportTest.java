package org.opencsc.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.assessment.AssessmentDraft;
import org.opencsc.assessment.AssessmentFactor;
import org.opencsc.assessment.AssessmentOutcome;
import org.opencsc.assessment.AssessmentSection;
import org.opencsc.assessment.SingleAssessments;
import org.opencsc.episode.ClosureReason;
import org.opencsc.episode.EpisodeClosure;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.person.RecordRestriction;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanKind;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.CinDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.opencsc.support.IntegrationTest;

/**
 * The export of children walked through the real journey (the 2025-26 year: 1 April 2025 to
 * 31 March 2026, in the past on any day these tests run).
 */
@IntegrationTest
class CensusExportTest {

    private static final CensusYear YEAR = new CensusYear(2026);

    @Autowired
    CensusExport export;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    SingleAssessments assessments;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    ChildPlans childPlans;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChildWalkedThroughTheJourneyIsExportedAsRecorded() {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 5, 6));
        recordEthnicity(r.child(), "WBRI");
        long assessment = assessments.start(r.referral(), LocalDate.of(2025, 5, 7), journey.user("social"), API);
        assessments.saveDraft(assessment, draft(Set.of(AssessmentFactor.NEGLECT, AssessmentFactor.DOMESTIC_ABUSE_PARENT)),
                journey.user("social"), API);
        assessments.submit(assessment, 1, LocalDate.of(2025, 6, 10), journey.user("social"), API);
        assessments.authorise(assessment, 2, LocalDate.of(2025, 6, 12), journey.user("manager"), API);
        long firstCinPlan = childPlans.start(r.child(), PlanKind.CIN, LocalDate.of(2025, 6, 13), journey.user("social"), API);
        ChildProtectionPlan plan = journey.onAPlan(r, LocalDate.of(2025, 6, 16), LocalDate.of(2025, 7, 1), "chair");
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2025, 9, 25), ReviewDecision.CONTINUE_PLAN,
                AbuseCategory.PHY), journey.user("chair"), API);
        reviews.record(ProtectionJourney.reviewConference(plan.id(), LocalDate.of(2026, 1, 8), ReviewDecision.END_PLAN, null),
                journey.user("chair"), API);
        long secondCinPlan = childPlans.start(r.child(), PlanKind.CIN, LocalDate.of(2026, 1, 12), journey.user("social"), API);
        closure.close(r.referral(), version(r.referral()), LocalDate.of(2026, 3, 10), ClosureReason.RC7,
                "Needs met; family managing with universal services", journey.user("manager"), API);
        long enquiry = jdbc.sql("SELECT s.id FROM s47_enquiry s JOIN strategy_discussion d ON d.id = s.strategy_discussion_id "
                + "WHERE d.referral_id = ?").params(r.referral()).query(Long.class).single();
        LocalDate icpcDue = jdbc.sql("SELECT icpc_due_on FROM s47_enquiry WHERE id = ?").params(enquiry)
                .query(LocalDate.class).single();

        CensusChild child = exported(r.child()).orElseThrow();

        assertThat(child.personId()).isEqualTo(r.child());
        assertThat(child.identifiers().laChildId()).isEqualTo(String.valueOf(r.child()));
        assertThat(child.identifiers().personBirthDate()).isEqualTo(LocalDate.of(2016, 3, 3));
        assertThat(child.identifiers().sex()).isEqualTo("M");
        assertThat(child.characteristics().ethnicity()).isEqualTo("WBRI");
        assertThat(child.cinDetails()).singleElement().satisfies(episode -> {
            assertThat(episode.sourceId()).isEqualTo(r.referral());
            assertThat(episode.cinReferralDate()).isEqualTo(LocalDate.of(2025, 5, 6));
            assertThat(episode.referralSource()).isEqualTo(ReferralSource.SCHOOLS.code());
            assertThat(episode.primaryNeedCode()).isEqualTo(PrimaryNeed.N1.name());
            assertThat(episode.cinClosureDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(episode.reasonForClosure()).isEqualTo("RC7");
            assertThat(episode.referralNfa()).isFalse();
            assertThat(episode.dateOfInitialCpc()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(episode.assessments()).singleElement().satisfies(a -> {
                assertThat(a.sourceId()).isEqualTo(assessment);
                assertThat(a.actualStartDate()).isEqualTo(LocalDate.of(2025, 5, 7));
                assertThat(a.authorisationDate()).isEqualTo(LocalDate.of(2025, 6, 12));
                assertThat(a.factors()).containsExactlyInAnyOrder(AssessmentFactor.NEGLECT.code(),
                        AssessmentFactor.DOMESTIC_ABUSE_PARENT.code());
            });
            assertThat(episode.section47s()).singleElement().satisfies(s -> {
                assertThat(s.sourceId()).isEqualTo(enquiry);
                assertThat(s.actualStartDate()).isEqualTo(LocalDate.of(2025, 6, 16));
                assertThat(s.initialCpcTarget()).isEqualTo(icpcDue);
                assertThat(s.dateOfInitialCpc()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(s.icpcNotRequired()).isFalse();
            });
            assertThat(episode.childProtectionPlans()).singleElement().satisfies(p -> {
                assertThat(p.sourceId()).isEqualTo(plan.id());
                assertThat(p.startDate()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 1, 8));
                assertThat(p.initialCategoryOfAbuse()).isEqualTo("NEG");
                assertThat(p.latestCategoryOfAbuse()).isEqualTo("PHY");
                assertThat(p.numberOfPreviousCpp()).isZero();
                assertThat(p.reviewDates()).containsExactly(LocalDate.of(2025, 9, 25), LocalDate.of(2026, 1, 8));
            });
            // The first ended when the child protection plan began; the second when the case closed.
            assertThat(episode.cinPlanDates()).extracting(p -> p.sourceId(), p -> p.startDate(), p -> p.endDate())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(firstCinPlan, LocalDate.of(2025, 6, 13), LocalDate.of(2025, 7, 1)),
                            org.assertj.core.groups.Tuple.tuple(secondCinPlan, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 10)));
        });
    }

    @Test
    void onlyEpisodesOverlappingTheYearAreExported() {
        ProtectionJourney.Referred before = journey.referredAndAllocated(LocalDate.of(2024, 5, 6));
        recordEthnicity(before.child(), "WBRI");
        closure.close(before.referral(), version(before.referral()), LocalDate.of(2024, 8, 1), ClosureReason.RC7,
                "Needs met", journey.user("manager"), API);
        ProtectionJourney.Referred overlapping = journey.referredAndAllocated(LocalDate.of(2025, 2, 3));
        recordEthnicity(overlapping.child(), "BAFR");
        ProtectionJourney.Referred after = journey.referredAndAllocated(LocalDate.of(2026, 4, 1));
        recordEthnicity(after.child(), "WBRI");

        ExportResult whole = export.export(YEAR);

        assertThat(whole.message().children()).extracting(CensusChild::personId)
                .contains(overlapping.child()).doesNotContain(before.child(), after.child());
        assertThat(whole.unexportable()).extracting(Unexportable::personId).doesNotContain(before.child(), after.child());
        CinDetails episode = exported(overlapping.child()).orElseThrow().cinDetails().getFirst();
        assertThat(episode.cinReferralDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(episode.cinClosureDate()).isNull();
    }

    @Test
    void aChildWithNoEthnicityIsListedWithWhatToRecordInsteadOfBeingSentOrDropped() {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 7, 1));

        ExportResult whole = export.export(YEAR);

        assertThat(whole.message().children()).extracting(CensusChild::personId).doesNotContain(r.child());
        assertThat(whole.unexportable()).filteredOn(u -> u.personId() == r.child()).singleElement().satisfies(u -> {
            assertThat(u.laChildId()).isEqualTo(String.valueOf(r.child()));
            assertThat(u.reason()).contains("No ethnicity is recorded");
        });
        assertThat(export.exportChildren(YEAR, List.of(r.child())).unexportable())
                .extracting(Unexportable::personId).containsExactly(r.child());
    }

    @Test
    void everyChildInScopeIsInTheMessageOrTheListAndRestrictedChildrenAreIncluded() {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 8, 4));
        recordEthnicity(r.child(), "CHNE");
        restriction.restrict(r.child(), List.of("social"), "Child of a member of staff", journey.user("manager"));

        ExportResult whole = export.export(YEAR);

        assertThat(whole.message().children()).extracting(CensusChild::personId).contains(r.child());
        List<Long> inScope = jdbc.sql("""
                        SELECT DISTINCT r.person_id FROM referral r JOIN person p ON p.id = r.person_id
                        WHERE p.is_child AND p.merged_into IS NULL AND r.referral_date <= ?
                          AND (r.closure_date IS NULL OR r.closure_date >= ?)""")
                .params(YEAR.referenceDate(), YEAR.start()).query(Long.class).list();
        List<Long> accounted = new java.util.ArrayList<>(whole.message().children().stream().map(CensusChild::personId).toList());
        whole.unexportable().forEach(u -> accounted.add(u.personId()));
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(inScope);
        long episodes = jdbc.sql("""
                        SELECT count(*) FROM referral r JOIN person p ON p.id = r.person_id
                        WHERE p.is_child AND p.merged_into IS NULL AND r.referral_date <= ?
                          AND (r.closure_date IS NULL OR r.closure_date >= ?)
                          AND (p.ethnicity IS NOT NULL)""")
                .params(YEAR.referenceDate(), YEAR.start()).query(Long.class).single();
        assertThat(whole.message().children().stream().mapToLong(c -> c.cinDetails().size()).sum()).isEqualTo(episodes);
    }

    @Test
    void exportingOneChildGivesTheSameChildAsTheWholeYear() {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 10, 1));
        recordEthnicity(r.child(), "WBRI");
        journey.onAPlan(r, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 20), "chair");

        CensusChild fromWhole = exported(r.child()).orElseThrow();
        ExportResult one = export.exportChildren(YEAR, List.of(r.child()));

        assertThat(one.message().children()).containsExactly(fromWhole);
        assertThat(one.message().header().lea()).matches("\\d{3}");
    }

    @Test
    void theHeaderNamesTheYearAndSourceAndEachExportTakesAHigherSerialNumber() {
        ExportResult first = export.export(YEAR);
        ExportResult second = export.export(YEAR);

        var header = second.message().header();
        assertThat(header.collection()).isEqualTo("CIN");
        assertThat(header.year()).isEqualTo("2026");
        assertThat(header.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(header.sourceLevel()).isEqualTo("L");
        assertThat(header.lea()).isEqualTo("999");
        assertThat(header.softwareCode()).isEqualTo("OpenCSC");
        assertThat(header.release()).isNotBlank().doesNotContain("@");
        assertThat(header.serialNo()).matches("\\d{3,}");
        assertThat(Long.parseLong(header.serialNo())).isGreaterThan(Long.parseLong(first.message().header().serialNo()));
    }

    private Optional<CensusChild> exported(long personId) {
        return export.export(YEAR).message().children().stream().filter(c -> c.personId() == personId).findFirst();
    }

    private void recordEthnicity(long personId, String code) {
        jdbc.sql("UPDATE person SET ethnicity = ? WHERE id = ?").params(code, personId).update();
    }

    private int version(long referralId) {
        return jdbc.sql("SELECT version FROM referral WHERE id = ?").params(referralId).query(Integer.class).single();
    }

    private static AssessmentDraft draft(Set<AssessmentFactor> factors) {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s, "Written: " + s.label());
        }
        return new AssessmentDraft(sections, factors, AssessmentOutcome.CHILD_IN_NEED, "Needs support with routines", 0);
    }
}
