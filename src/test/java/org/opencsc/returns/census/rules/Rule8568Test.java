package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule8568Test {

    private final Rule8568 rule = new Rule8568();

    @Test
    void trueAndFalsePass() {
        var child = child();
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().referralNfa = true;
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aMissingFlagFails() {
        var child = child();
        child.episode().referralNfa = null;
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("ReferralNFA", "");
    }
}
