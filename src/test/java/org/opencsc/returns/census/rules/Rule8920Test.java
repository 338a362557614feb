package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8920Test {

    private final Rule8920 rule = new Rule8920();

    @Test
    void aPlanEndingOnTheDayOfDeathPasses() {
        assertThat(check(rule, planEndingOn(day(2025, 9, 1)).build())).isEmpty();
    }

    @Test
    void aPlanEndingTheDayAfterDeathFails() {
        single(check(rule, planEndingOn(day(2025, 9, 2)).build()), "8920", CensusModule.CHILD_PROTECTION_PLANS, 40L,
                "CPPendDate", "PersonDeathDate");
    }

    @Test
    void anOpenPlanIsLeftToOtherRules() {
        assertThat(check(rule, planEndingOn(null).build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder planEndingOn(java.time.LocalDate end) {
        var child = child();
        child.personDeathDate = day(2025, 9, 1);
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 7, 1), end)));
        return child;
    }
}
