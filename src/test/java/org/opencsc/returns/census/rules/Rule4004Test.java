package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4004Test {

    private final Rule4004 rule = new Rule4004();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void twoOpenCinPlansInAnEpisodeFailOnTheEarlierOne() {
        var child = child();
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-10-01"), null, 21L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-07-20, 2025-10-01", "CINPlanEndDate=");
    }

    @Test
    void oneOpenAndOneEndedPlanPass() {
        var child = child();
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-06-10"), d("2025-07-20"), 21L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void openPlansInDifferentEpisodesAreOtherRulesBusiness() {
        var child = child();
        var second = CensusSamples.episode();
        second.sourceId = 101L;
        second.cinPlanDates.set(0, new CinPlanDates(d("2025-07-21"), null, 21L));
        child.episodes.add(second);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
