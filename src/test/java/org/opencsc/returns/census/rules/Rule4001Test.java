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

class Rule4001Test {

    private final Rule4001 rule = new Rule4001();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anOpenCinPlanAlongsideAnOpenProtectionPlanFails() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-09-01"), null, "NEG", "NEG", 0, List.of(), 40L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-07-20", "CINPlanEndDate=",
                "CPPstartDate=2025-09-01", "CPPendDate=");
    }

    @Test
    void aCinPlanEndedWhenTheProtectionPlanBeganPasses() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-09-01"), 20L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-09-01"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEndedProtectionPlanPasses() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-07-20"), "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
