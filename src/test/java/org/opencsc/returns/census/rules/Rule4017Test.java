package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4017Test {

    private final Rule4017 rule = new Rule4017();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    private static ChildProtectionPlan startingOn(String start) {
        return new ChildProtectionPlan(d(start), null, "NEG", "NEG", 0, List.of(), 40L);
    }

    @Test
    void aProtectionPlanStartingTheDayTheCinPlanEndsPasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-08-01"), 20L));
        child.episode().childProtectionPlans.add(startingOn("2025-08-01"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aProtectionPlanStartingTheDayBeforeTheCinPlanEndsFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-08-01"), 20L));
        child.episode().childProtectionPlans.add(startingOn("2025-07-31"));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsExactly("CPPstartDate=2025-07-31", "CINPlanStartDate=2025-07-20",
                "CINPlanEndDate=2025-08-01");
    }

    @Test
    void aProtectionPlanStartingWhileTheCinPlanIsOpenFails() {
        var child = child();
        child.episode().childProtectionPlans.add(startingOn("2025-07-20"));
        onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L);
    }

    @Test
    void aProtectionPlanBeforeTheCinPlanPasses() {
        var child = child();
        child.episode().childProtectionPlans.add(startingOn("2025-07-19"));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
