package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8840Test {

    private final Rule8840 rule = new Rule8840();

    @Test
    void aPlanEndingTheDayAfterItStartedPasses() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), day(2025, 7, 2)), plan(41L, day(2025, 8, 1), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanEndingTheDayItStartedFails() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 7, 1), day(2025, 7, 1))));
        single(check(rule, child.build()), "8840", CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "CPPendDate");
    }
}
