package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule4000Test {

    private final Rule4000 rule = new Rule4000();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aCinPlanOnAReferralWithNoFurtherActionFails() {
        var child = child();
        child.episode().referralNfa = true;
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("ReferralNFA=true", "CINPlanStartDate=2025-07-20");
    }

    @Test
    void noFurtherActionWithoutAPlanOrAMissingFlagPasses() {
        var child = child();
        child.episode().referralNfa = null;
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().referralNfa = true;
        child.episode().cinPlanDates.clear();
        assertThat(check(rule, child.build())).isEmpty();
    }
}
