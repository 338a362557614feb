package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.plan;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8832Test {

    private final Rule8832 rule = new Rule8832();

    @Test
    void aPlanOnAnEpisodeThatIsNotNfaPasses() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 7, 1), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanOnAnNfaReferralFailsOnThePlan() {
        var child = child();
        child.episode().referralNfa = true;
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 7, 1), null)));
        single(check(rule, child.build()), "8832", CensusModule.CHILD_PROTECTION_PLANS, 40L, "ReferralNFA", "CPPstartDate");
    }
}
