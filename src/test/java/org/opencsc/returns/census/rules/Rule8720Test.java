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

class Rule8720Test {

    private final Rule8720 rule = new Rule8720();

    private static CensusSamples.ChildBuilder planFrom(LocalDate start) {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                new ChildProtectionPlan(start, null, "NEG", "NEG", 0, List.of(), 40L)));
        return child;
    }

    @Test
    void aPlanStartingOnTheReferenceDatePasses() {
        assertThat(check(rule, planFrom(LocalDate.of(2026, 3, 31)).build())).isEmpty();
    }

    @Test
    void aPlanStartingAfterTheReferenceDateFails() {
        var problem = onlyProblem(rule, check(rule, planFrom(LocalDate.of(2026, 4, 1)).build()),
                CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsEntry("CPPstartDate", "2026-04-01");
    }

    @Test
    void aPlanWithoutAStartDateFails() {
        var problem = onlyProblem(rule, check(rule, planFrom(null).build()), CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsEntry("CPPstartDate", "");
    }
}
