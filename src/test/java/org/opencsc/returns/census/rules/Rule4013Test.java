package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4013Test {

    private final Rule4013 rule = new Rule4013();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anEndBeforeTheYearFails() {
        var child = child();
        child.episode().cinReferralDate = d("2025-01-06");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-02-01"), d("2025-03-31"), 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanEndDate=2025-03-31", "ReferenceDate=2026-03-31");
    }

    @Test
    void anEndAfterTheReferenceDateFails() {
        var child = child();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2026-04-01"), 20L));
        assertThat(check(rule, child.build())).hasSize(1);
    }

    @Test
    void endsOnTheFirstAndLastDaysOfTheYearPass() {
        var child = child();
        child.episode().cinReferralDate = d("2025-01-06");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-02-01"), d("2025-04-01"), 20L));
        child.episode().cinPlanDates.add(new CinPlanDates(d("2025-07-20"), d("2026-03-31"), 21L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
