package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.ChildProtectionPlan;

class Rule8730Test {

    private final Rule8730 rule = new Rule8730();

    private static CensusSamples.ChildBuilder planWithPrevious(Integer previous) {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                new ChildProtectionPlan(LocalDate.of(2025, 8, 1), null, "NEG", "NEG", previous, List.of(), 40L)));
        return child;
    }

    @Test
    void zeroPreviousPlansPasses() {
        assertThat(check(rule, planWithPrevious(0).build())).isEmpty();
    }

    @Test
    void aMissingCountFails() {
        var problem = onlyProblem(rule, check(rule, planWithPrevious(null).build()),
                CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsEntry("NumberOfPreviousCPP", "");
    }

    @Test
    void aNegativeCountFails() {
        onlyProblem(rule, check(rule, planWithPrevious(-1).build()), CensusModule.CHILD_PROTECTION_PLANS, 40L);
    }
}
