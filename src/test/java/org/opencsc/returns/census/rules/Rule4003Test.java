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

class Rule4003Test {

    private final Rule4003 rule = new Rule4003();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aReviewWhileTheCinPlanIsOpenFails() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-12-01"), "NEG", "NEG", 0,
                List.of(d("2025-09-01")), 40L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsExactly("CPPreviewDate=2025-09-01", "CINPlanStartDate=2025-07-20",
                "CINPlanEndDate=", "CPPendDate=2025-12-01");
    }

    @Test
    void aReviewOnTheDayTheCinPlanEndsPassesAndTheDayBeforeFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-08-01"), 20L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-12-01"), "NEG", "NEG", 0,
                List.of(d("2025-08-01")), 40L));
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().childProtectionPlans.set(0, new ChildProtectionPlan(d("2025-06-20"), d("2025-12-01"), "NEG", "NEG", 0,
                List.of(d("2025-07-31")), 40L));
        assertThat(check(rule, child.build())).hasSize(1);
    }

    @Test
    void theReviewThatEndsTheProtectionPlanPasses() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-09-01"), "NEG", "NEG", 0,
                List.of(d("2025-09-01")), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aReviewBeforeTheCinPlanBeganPasses() {
        var child = child();
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-07-20"), "NEG", "NEG", 0,
                List.of(d("2025-07-19")), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
