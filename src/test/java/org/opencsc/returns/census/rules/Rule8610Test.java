package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule8610Test {

    private final Rule8610 rule = new Rule8610();

    @Test
    void furtherActionWithANeedCodePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void furtherActionWithoutANeedCodeFails() {
        var child = child();
        child.episode().primaryNeedCode = null;
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("ReferralNFA", "false").containsEntry("PrimaryNeedCode", "");
    }

    @Test
    void noFurtherActionWithoutANeedCodePasses() {
        var child = child();
        child.episode().primaryNeedCode = null;
        child.episode().referralNfa = true;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
