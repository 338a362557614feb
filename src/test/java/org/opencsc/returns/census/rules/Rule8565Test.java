package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;

class Rule8565Test {

    private final Rule8565 rule = new Rule8565();

    @Test
    void anOpenEpisodePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void activityOnTheClosureDatePasses() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 1);
        child.episode().cinPlanDates = new ArrayList<>(List.of(
                new CinPlanDates(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 9, 1), 20L)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anAssessmentAuthorisedAfterClosureFailsOnTheAssessment() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 7, 14);
        child.episode().cinPlanDates = new ArrayList<>();
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.ASSESSMENTS, 10L);
        assertThat(fields(problem)).containsEntry("CINclosureDate", "2025-07-14")
                .containsEntry("AssessmentAuthorisationDate", "2025-07-15");
    }

    @Test
    void aCinPlanEndingAfterClosureFailsOnThePlan() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 1);
        child.episode().cinPlanDates = new ArrayList<>(List.of(
                new CinPlanDates(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 9, 2), 20L)));
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsEntry("CINPlanEndDate", "2025-09-02");
    }

    @Test
    void anS47AndAPlanAfterClosureFailEachOnItsOwnRecord() {
        var child = child();
        var episode = child.episode();
        episode.cinClosureDate = LocalDate.of(2025, 9, 1);
        episode.section47s = new ArrayList<>(List.of(
                new Section47(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 24), null, false, 30L)));
        episode.childProtectionPlans = new ArrayList<>(List.of(new ChildProtectionPlan(LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 9, 5), "NEG", "NEG", 0, List.of(), 40L)));
        var problems = check(rule, child.build());
        assertThat(problems).extracting(CensusProblem::module, CensusProblem::sourceId).containsExactly(
                tuple(CensusModule.SECTION_47, 30L),
                tuple(CensusModule.CHILD_PROTECTION_PLANS, 40L));
    }

    @Test
    void anInitialConferenceAfterClosureFailsOnTheEpisode() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 1);
        child.episode().dateOfInitialCpc = LocalDate.of(2025, 9, 2);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("DateOfInitialCPC", "2025-09-02");
    }
}
