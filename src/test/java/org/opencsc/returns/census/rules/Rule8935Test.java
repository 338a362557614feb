package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8935Test {

    private final Rule8935 rule = new Rule8935();

    @Test
    void oneOpenPlanBesideEndedOnesPasses() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), day(2025, 9, 1)), plan(41L, day(2025, 10, 1), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void twoOpenPlansInDifferentEpisodesFailEach() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 7, 1), null)));
        var other = CensusSamples.episode();
        other.cinReferralDate = day(2025, 4, 1);
        other.cinClosureDate = day(2025, 5, 1);
        other.reasonForClosure = "RC1";
        other.childProtectionPlans = new ArrayList<>(List.of(plan(41L, day(2025, 4, 10), null)));
        child.episodes.add(other);
        var problems = check(rule, child.build());
        assertThat(problems).extracting(CensusProblem::sourceId).containsExactly(40L, 41L);
        single(problems.subList(0, 1), "8935", CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "CPPendDate");
    }
}
