package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule8650Test {

    private final Rule8650 rule = new Rule8650();

    @Test
    void aValidNeedCodePasses() {
        var child = child();
        child.episode().primaryNeedCode = "N0";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anUnknownNeedCodeFails() {
        var child = child();
        child.episode().primaryNeedCode = "N10";
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("PrimaryNeedCode", "N10");
    }

    @Test
    void noNeedCodeIsNotThisRulesConcern() {
        var child = child();
        child.episode().primaryNeedCode = null;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
