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

class Rule4016Test {

    private final Rule4016 rule = new Rule4016();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder withProtectionPlan(String start, String end) {
        var child = child();
        child.episode().cinPlanDates.clear();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d(start), end == null ? null : d(end), "NEG", "NEG", 0,
                List.of(), 40L));
        return child;
    }

    @Test
    void aCinPlanStartingTheDayTheProtectionPlanEndsPasses() {
        var child = withProtectionPlan("2025-08-01", "2025-10-01");
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-10-01"), null, 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aCinPlanStartingTheDayBeforeTheProtectionPlanEndsFails() {
        var child = withProtectionPlan("2025-08-01", "2025-10-01");
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-09-30"), null, 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-09-30", "CPPstartDate=2025-08-01",
                "CPPendDate=2025-10-01");
    }

    @Test
    void aCinPlanStartingWithTheProtectionPlanOrDuringAnOpenOneFails() {
        var child = withProtectionPlan("2025-08-01", null);
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-08-01"), d("2025-08-02"), 20L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2026-03-31"), null, 21L));
        assertThat(check(rule, child.build())).extracting(CensusProblem::sourceId).containsExactly(20L, 21L);
    }

    @Test
    void aCinPlanBeforeTheProtectionPlanPasses() {
        var child = withProtectionPlan("2025-08-01", null);
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-07-31"), d("2025-08-01"), 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
