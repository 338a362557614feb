package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4009QTest {

    private final Rule4009Q rule = new Rule4009Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanEndingAfterDeathIsQueried() {
        var child = child();
        child.personDeathDate = d("2025-08-01");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-08-02"), 20L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanEndDate=2025-08-02", "PersonDeathDate=2025-08-01");
    }

    @Test
    void aPlanEndingOnTheDayOfDeathOrStillOpenPasses() {
        var child = child();
        child.personDeathDate = d("2025-08-01");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-08-01"), 20L));
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), null, 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
