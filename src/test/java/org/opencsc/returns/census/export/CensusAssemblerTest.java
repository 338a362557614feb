package org.opencsc.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;

/** The derivation of each census item from the rows, without a database. */
class CensusAssemblerTest {

    private static final CensusYear YEAR = new CensusYear(2026);
    private static final long CHILD = 7;

    private final List<CensusRows.PersonRow> people = new ArrayList<>(List.of(person(CHILD, "WBRI", "2")));
    private final List<CensusRows.DisabilityRow> disabilities = new ArrayList<>();
    private final List<CensusRows.ReferralRow> referrals = new ArrayList<>();
    private final List<CensusRows.AssessmentRow> assessments = new ArrayList<>();
    private final List<CensusRows.Section47Row> section47s = new ArrayList<>();
    private final List<CensusRows.CinPlanRow> cinPlans = new ArrayList<>();
    private final List<CensusRows.CpPlanRow> cpPlans = new ArrayList<>();
    private final List<CensusRows.ReviewRow> reviews = new ArrayList<>();

    @Test
    void identifiersAndCharacteristicsAreTheRecordsOwnWithSexFromGender() {
        people.set(0, new CensusRows.PersonRow(CHILD, "ABC123", "A123456789012", "B123456789012", null,
                day("2015-06-01"), null, "2", day("2026-01-02"), "APKN"));
        disabilities.add(new CensusRows.DisabilityRow(CHILD, "AUT"));
        disabilities.add(new CensusRows.DisabilityRow(CHILD, "HEAR"));
        referral(1, "2025-05-01", null, null, null);

        CensusChild child = only();

        assertThat(child.personId()).isEqualTo(CHILD);
        assertThat(child.identifiers().laChildId()).isEqualTo("ABC123");
        assertThat(child.identifiers().upn()).isEqualTo("A123456789012");
        assertThat(child.identifiers().formerUpn()).isEqualTo("B123456789012");
        assertThat(child.identifiers().personBirthDate()).isEqualTo(day("2015-06-01"));
        assertThat(child.identifiers().sex()).isEqualTo("F");
        assertThat(child.identifiers().personDeathDate()).isEqualTo(day("2026-01-02"));
        assertThat(child.characteristics().ethnicity()).isEqualTo("APKN");
        assertThat(child.characteristics().disabilities()).containsExactly("AUT", "HEAR");
    }

    @Test
    void genderCodesBecomeTheCensusSex() {
        assertThat(SchemaRequirements.sex("1")).isEqualTo("M");
        assertThat(SchemaRequirements.sex("2")).isEqualTo("F");
        assertThat(SchemaRequirements.sex("0")).isEqualTo("U");
        assertThat(SchemaRequirements.sex("9")).isEqualTo("U");
        assertThat(SchemaRequirements.sex("X")).isNull();
    }

    @Test
    void aChildWithNoEthnicityIsListedWithWhatToRecordAndNotInTheMessage() {
        people.set(0, person(CHILD, null, "1"));
        referral(1, "2025-05-01", null, null, null);

        CensusAssembler.Assembled assembled = CensusAssembler.assemble(YEAR, snapshot());

        assertThat(assembled.children()).isEmpty();
        assertThat(assembled.unexportable()).singleElement().satisfies(u -> {
            assertThat(u.personId()).isEqualTo(CHILD);
            assertThat(u.laChildId()).isEqualTo(String.valueOf(CHILD));
            assertThat(u.reason()).contains("No ethnicity is recorded").contains("record the child's ethnicity");
        });
    }

    @Test
    void eachReferralIsAnEpisodeWithItsOwnItems() {
        referral(1, "2025-04-10", "2025-06-01", "RC1", null);
        referral(2, "2025-09-01", null, null, null);

        List<CinDetails> episodes = only().cinDetails();

        assertThat(episodes).extracting(CinDetails::sourceId).containsExactly(1L, 2L);
        CinDetails first = episodes.getFirst();
        assertThat(first.cinReferralDate()).isEqualTo(day("2025-04-10"));
        assertThat(first.referralSource()).isEqualTo("1A");
        assertThat(first.primaryNeedCode()).isEqualTo("N1");
        assertThat(first.cinClosureDate()).isEqualTo(day("2025-06-01"));
        assertThat(first.reasonForClosure()).isEqualTo("RC1");
        assertThat(first.referralNfa()).isFalse();
    }

    @Test
    void aClosureAfterTheReferenceDateIsNotYetInTheReturn() {
        referral(1, "2026-01-10", "2026-04-02", "RC1", null);

        CinDetails episode = only().cinDetails().getFirst();

        assertThat(episode.cinClosureDate()).isNull();
        assertThat(episode.reasonForClosure()).isNull();
    }

    @Test
    void referralNfaIsAnRc8ClosureWithNothingElseInTheEpisode() {
        referral(1, "2025-05-01", "2025-05-03", "RC8", null);
        referral(2, "2025-06-01", "2025-08-01", "RC8", null);
        assessments.add(new CensusRows.AssessmentRow(20, 2, day("2025-06-02"), null, day("2025-07-01"), List.of("21")));
        referral(3, "2025-09-01", "2025-09-02", "RC1", true);

        List<CinDetails> episodes = only().cinDetails();

        assertThat(episodes).extracting(CinDetails::referralNfa).containsExactly(true, false, true);
    }

    @Test
    void assessmentsAreAsRecordedAndTheirDatesAsAtTheReferenceDate() {
        referral(1, "2026-02-01", null, null, null);
        assessments.add(new CensusRows.AssessmentRow(20, 1, day("2026-02-02"), day("2026-03-01"),
                day("2026-04-01"), List.of("3A", "4A")));
        assessments.add(new CensusRows.AssessmentRow(21, 1, day("2026-04-01"), null, null, List.of()));

        CinDetails episode = only().cinDetails().getFirst();

        assertThat(episode.assessments()).singleElement().satisfies(a -> {
            assertThat(a.actualStartDate()).isEqualTo(day("2026-02-02"));
            assertThat(a.internalReviewDate()).isEqualTo(day("2026-03-01"));
            assertThat(a.authorisationDate()).as("authorised after 31 March").isNull();
            assertThat(a.factors()).containsExactly("3A", "4A");
            assertThat(a.sourceId()).isEqualTo(20L);
        });
    }

    @Test
    void section47sGiveTheEpisodesEarliestInitialConference() {
        referral(1, "2025-05-01", null, null, null);
        section47s.add(new CensusRows.Section47Row(30, 1, day("2025-05-02"), day("2025-05-23"),
                day("2025-05-20"), "ICPC_REQUIRED", day("2025-05-22")));
        section47s.add(new CensusRows.Section47Row(31, 1, day("2025-08-02"), day("2025-08-23"),
                day("2025-08-10"), "CONCERNS_NOT_SUBSTANTIATED", null));
        section47s.add(new CensusRows.Section47Row(32, 1, day("2025-10-02"), day("2025-10-23"), null, null, null));

        CinDetails episode = only().cinDetails().getFirst();

        assertThat(episode.dateOfInitialCpc()).isEqualTo(day("2025-05-22"));
        assertThat(episode.section47s()).extracting(s -> s.sourceId(), s -> s.initialCpcTarget(),
                        s -> s.dateOfInitialCpc(), s -> s.icpcNotRequired())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(30L, day("2025-05-23"), day("2025-05-22"), false),
                        org.assertj.core.groups.Tuple.tuple(31L, day("2025-08-23"), null, true),
                        org.assertj.core.groups.Tuple.tuple(32L, day("2025-10-23"), null, false));
    }

    @Test
    void aChildInNeedPlanEndsWhenTheNextProtectionPlanStartsOrTheEpisodeCloses() {
        referral(1, "2025-04-01", "2025-12-01", "RC1", null);
        referral(2, "2026-01-05", null, null, null);
        cinPlans.add(new CensusRows.CinPlanRow(40, CHILD, day("2025-05-01"), null));
        cpPlans.add(cpPlan(50, "2025-07-01", "2025-11-01", "NEG"));
        cinPlans.add(new CensusRows.CinPlanRow(41, CHILD, day("2025-11-02"), null));
        cinPlans.add(new CensusRows.CinPlanRow(42, CHILD, day("2026-01-06"), null));
        cinPlans.add(new CensusRows.CinPlanRow(43, CHILD, day("2026-01-07"), day("2026-02-01")));

        List<CinDetails> episodes = only().cinDetails();

        assertThat(episodes.get(0).cinPlanDates()).extracting(p -> p.sourceId(), p -> p.endDate())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(40L, day("2025-07-01")),
                        org.assertj.core.groups.Tuple.tuple(41L, day("2025-12-01")));
        assertThat(episodes.get(1).cinPlanDates()).extracting(p -> p.sourceId(), p -> p.endDate())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(42L, null),
                        org.assertj.core.groups.Tuple.tuple(43L, day("2026-02-01")));
    }

    @Test
    void protectionPlansCountEarlierPlansAndTakeTheLatestCategoryFromTheirReviews() {
        referral(1, "2025-04-01", null, null, null);
        cpPlans.add(cpPlan(49, "2021-01-01", "2021-09-01", "EMO"));
        // The plan's own category follows its reviews; the initial conference's stays the initial one.
        cpPlans.add(new CensusRows.CpPlanRow(50, CHILD, day("2025-05-01"), null, "NEG", "SAB", null, null));
        reviews.add(new CensusRows.ReviewRow(50, day("2025-08-01"), "CONTINUE_PLAN", "PHY"));
        reviews.add(new CensusRows.ReviewRow(50, day("2026-01-15"), "CONTINUE_PLAN", "MUL"));
        reviews.add(new CensusRows.ReviewRow(50, day("2026-04-15"), "CONTINUE_PLAN", "SAB"));

        CinDetails episode = only().cinDetails().getFirst();

        assertThat(episode.childProtectionPlans()).singleElement().satisfies(p -> {
            assertThat(p.sourceId()).isEqualTo(50L);
            assertThat(p.startDate()).isEqualTo(day("2025-05-01"));
            assertThat(p.endDate()).isNull();
            assertThat(p.initialCategoryOfAbuse()).isEqualTo("NEG");
            assertThat(p.latestCategoryOfAbuse()).as("the review after 31 March is not in this year").isEqualTo("MUL");
            assertThat(p.numberOfPreviousCpp()).isEqualTo(1);
            assertThat(p.reviewDates()).containsExactly(day("2025-08-01"), day("2026-01-15"));
        });
    }

    @Test
    void storedCensusValuesFromAnImportWinOverTheDerivedOnes() {
        referral(1, "2025-04-01", null, null, null);
        cpPlans.add(new CensusRows.CpPlanRow(50, CHILD, day("2025-05-01"), day("2025-12-01"), "NEG", "NEG", 3, "EMO"));

        ChildProtectionPlan plan = only().cinDetails().getFirst().childProtectionPlans().getFirst();

        assertThat(plan.numberOfPreviousCpp()).isEqualTo(3);
        assertThat(plan.latestCategoryOfAbuse()).isEqualTo("EMO");
        assertThat(plan.endDate()).isEqualTo(day("2025-12-01"));
    }

    private CensusChild only() {
        CensusAssembler.Assembled assembled = CensusAssembler.assemble(YEAR, snapshot());
        assertThat(assembled.unexportable()).isEmpty();
        assertThat(assembled.children()).hasSize(1);
        return assembled.children().getFirst();
    }

    private CensusRows.Snapshot snapshot() {
        return new CensusRows.Snapshot(people, disabilities, referrals, assessments, section47s, cinPlans, cpPlans, reviews);
    }

    private void referral(long id, String date, String closed, String reason, Boolean nfa) {
        referrals.add(new CensusRows.ReferralRow(id, CHILD, day(date), "1A", "N1",
                closed == null ? null : day(closed), reason, nfa));
    }

    private static CensusRows.CpPlanRow cpPlan(long id, String start, String end, String category) {
        return new CensusRows.CpPlanRow(id, CHILD, day(start), end == null ? null : day(end), category, category, null, null);
    }

    private static CensusRows.PersonRow person(long id, String ethnicity, String gender) {
        return new CensusRows.PersonRow(id, String.valueOf(id), null, null, "UN1", day("2020-01-01"), null, gender, null, ethnicity);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
