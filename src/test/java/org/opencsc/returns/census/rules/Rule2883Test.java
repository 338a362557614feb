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

class Rule2883Test {

    private final Rule2883 rule = new Rule2883();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanForEachConferencePasses() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), null, "NEG", "NEG", 0, List.of(), 40L));
        var other = child();
        other.laChildId = "CHILD2";
        other.episode().dateOfInitialCpc = d("2026-03-31");
        other.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2026-03-31"), null, "NEG", "NEG", 0, List.of(), 41L));
        assertThat(check(rule, CensusSamples.header().build(), List.of(child.build(), other.build()))).isEmpty();
    }

    @Test
    void morePlansThanConferencesInTheYearFails() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-09-01"), "NEG", "NEG", 0, List.of(), 40L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-10-01"), null, "NEG", "NEG", 1, List.of(), 41L));
        var problem = onlyProblem(check(rule, CensusSamples.header().build(), List.of(child.build())), rule,
                CensusModule.HEADER, null);
        assertThat(fields(problem)).containsExactly("CPPstartDate=2 in the year", "DateOfInitialCPC=1 in the year");
    }

    @Test
    void onlyPlansAndConferencesInTheYearCount() {
        var child = child();
        child.episode().cinReferralDate = d("2025-03-01");
        // the plan of 31 March 2025 began last year, the conference of 1 April 2025 is this year's
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-03-31"), null, "NEG", "NEG", 0, List.of(), 40L));
        child.episode().section47s.add(new Section47(d("2025-03-10"), d("2025-03-31"), d("2025-04-01"), false, 30L));
        assertThat(check(rule, CensusSamples.header().build(), List.of(child.build()))).isEmpty();
        child.episode().section47s.clear();
        child.episode().section47s.add(new Section47(d("2025-03-10"), d("2025-03-31"), d("2025-03-31"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-04-01"), null, "NEG", "NEG", 1, List.of(), 41L));
        assertThat(check(rule, CensusSamples.header().build(), List.of(child.build()))).hasSize(1);
    }
}
