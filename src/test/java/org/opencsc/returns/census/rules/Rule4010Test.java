package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4010Test {

    private final Rule4010 rule = new Rule4010();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanWithoutAStartFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(null, null, 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=", "ReferenceDate=2026-03-31");
    }

    @Test
    void aPlanStartingAfterTheReferenceDateFailsAndOnItPasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2026-04-01"), null, 20L));
        assertThat(check(rule, child.build())).hasSize(1);
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2026-03-31"), null, 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanFromAnEarlierYearStillOpenPasses() {
        var child = child();
        child.episode().cinReferralDate = d("2024-01-05");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2024-02-01"), null, 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
