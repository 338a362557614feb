package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4012QTest {

    private final Rule4012Q rule = new Rule4012Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanEndingTheDayItStartsIsQueried() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-07-20"), 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-07-20", "CINPlanEndDate=2025-07-20");
    }

    @Test
    void aPlanEndingTheNextDayPasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-07-21"), 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
