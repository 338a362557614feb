package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8915Test {

    private final Rule8915 rule = new Rule8915();

    @Test
    void aPlanStartingOnTheDayOfDeathPasses() {
        assertThat(check(rule, planStartingOn(day(2025, 9, 1)).build())).isEmpty();
    }

    @Test
    void aPlanStartingTheDayAfterDeathFails() {
        single(check(rule, planStartingOn(day(2025, 9, 2)).build()), "8915", CensusModule.CHILD_PROTECTION_PLANS, 40L,
                "CPPstartDate", "PersonDeathDate");
    }

    @Test
    void aChildWithoutADeathDatePasses() {
        var child = planStartingOn(day(2025, 9, 2));
        child.personDeathDate = null;
        assertThat(check(rule, child.build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder planStartingOn(java.time.LocalDate start) {
        var child = child();
        child.personDeathDate = day(2025, 9, 1);
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, start, null)));
        return child;
    }
}
