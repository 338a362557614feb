package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8640Test {

    private final Rule8640 rule = new Rule8640();

    @Test
    void aValidReasonPasses() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 1);
        child.episode().reasonForClosure = "RC9";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anUnknownReasonFails() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 1);
        child.episode().reasonForClosure = "RC10";
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("ReasonForClosure", "RC10");
    }

    @Test
    void noReasonIsNotThisRulesConcern() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
