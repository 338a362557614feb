package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8940Test {

    private final Rule8940 rule = new Rule8940();

    @Test
    void aPlanStartingTheDayAfterTheLastEndedPasses() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), day(2025, 9, 1)), plan(41L, day(2025, 9, 2), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanStartingOnTheDayTheLastEndedFails() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), day(2025, 9, 1)), plan(41L, day(2025, 9, 1), null)));
        single(check(rule, child.build()), "8940", CensusModule.CHILD_PROTECTION_PLANS, 41L, "CPPstartDate", "CPPendDate");
    }

    @Test
    void aPlanStartingWhileAnOpenPlanOfAnotherEpisodeRunsFails() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2026, 3, 31), day(2026, 3, 31))));
        var other = CensusSamples.episode();
        other.cinReferralDate = day(2025, 4, 1);
        other.cinClosureDate = day(2025, 5, 1);
        other.reasonForClosure = "RC1";
        other.childProtectionPlans = new ArrayList<>(List.of(plan(41L, day(2025, 4, 10), null)));
        child.episodes.add(other);
        single(check(rule, child.build()), "8940", CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "CPPendDate");
    }
}
