package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule2885Test {

    private final Rule2885 rule = new Rule2885();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanStartingOnTheSection47ConferencePasses() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanStartingOnTheEpisodeConferencePasses() {
        var child = child();
        child.episode().dateOfInitialCpc = d("2025-06-20");
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aPlanStartingTheDayAfterTheConferenceFails() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-21"), null, "NEG", "NEG", 0, List.of(), 40L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L);
        assertThat(fields(problem)).containsExactly("CPPstartDate=2025-06-21", "DateOfInitialCPC=2025-06-20");
    }

    @Test
    void aPlanWithNoConferenceFailsUnlessItBeganBeforeTheYear() {
        var child = child();
        child.episode().cinReferralDate = d("2025-01-10");
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-03-31"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().childProtectionPlans.set(0, new ChildProtectionPlan(d("2025-04-01"), null, "NEG", "NEG", 0, List.of(), 40L));
        assertThat(fields(onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_PROTECTION_PLANS, 40L)))
                .containsExactly("CPPstartDate=2025-04-01", "DateOfInitialCPC=");
    }
}
