package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.CinPlanDates;
import org.junit.jupiter.api.Test;

class Rule4008Test {

    private final Rule4008 rule = new Rule4008();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aPlanStartingTheDayAfterDeathFails() {
        var child = child();
        child.personDeathDate = d("2025-07-19");
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_PLAN_DATES, 20L);
        assertThat(fields(problem)).containsExactly("CINPlanStartDate=2025-07-20", "PersonDeathDate=2025-07-19");
    }

    @Test
    void aPlanStartingOnTheDayOfDeathPasses() {
        var child = child();
        child.personDeathDate = d("2025-07-20");
        child.episode().cinPlanDates.set(0, new CinPlanDates(d("2025-07-20"), d("2025-07-20"), 20L));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
