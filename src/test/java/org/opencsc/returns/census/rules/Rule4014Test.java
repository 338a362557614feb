package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4014Test {

    private final Rule4014 rule = new Rule4014();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanStartingOnTheDayAnotherEndsFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-09-01"), 20L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-09-01"), null, 21L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 21L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-09-01", "CINPlanEndDate=",
                "CINPlanStartDate=2025-07-20", "CINPlanEndDate=2025-09-01");
    }

    @Test
    void aPlanStartingTheDayAfterAnotherEndsPasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-09-01"), 20L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-09-02"), null, 21L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanStartingWhileAnOpenOneRunsFailsInAnyEpisode() {
        var child = child();
        var second = CensusSamples.episode();
        second.sourceId = 101L;
        second.cinReferralDate = d("2025-10-01");
        second.cinPlanDates.set(0, new CinPlanDates(d("2025-10-02"), d("2025-11-01"), 21L));
        child.episodes.add(second);
        onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 21L);
    }

    @Test
    void aShortPlanDoesNotHideALongerOneBeforeIt() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-01"), d("2025-12-01"), 20L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-07-10"), d("2025-07-11"), 21L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-08-01"), d("2025-08-02"), 22L));
        assertThat(check(rule, child.build())).extracting(CensusProblem::sourceId).containsExactly(21L, 22L);
    }

    @Test
    void twoPlansStartingTheSameDayBothFail() {
        var child = child();
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-07-20"), d("2025-08-01"), 21L));
        assertThat(check(rule, child.build())).extracting(CensusProblem::sourceId).containsExactlyInAnyOrder(20L, 21L);
    }
}
