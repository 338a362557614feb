package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.junit.jupiter.api.Test;

class Rule1105Test {

    private final Rule1105 rule = new Rule1105();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanStartingOnTheReferralDatePasses() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-02"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanStartingTheDayBeforeTheReferralFails() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-01"), null, "NEG", "NEG", 0, List.of(), 40L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsExactly("CPPstartDate=2025-06-01", "CINreferralDate=2025-06-02");
    }

    @Test
    void aPlanWithoutAStartDateIsLeftToTheRuleAboutIt() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(null, null, null, null, null, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
