package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4015Test {

    private final Rule4015 rule = new Rule4015();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanStartingBeforeTheReferralFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-06-01"), null, 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-06-01", "CINreferralDate=2025-06-02");
    }

    @Test
    void aPlanStartingOnTheReferralDatePasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-06-02"), null, 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
