package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1530Test {

    private final Rule1530 rule = new Rule1530();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anUnknownLaCodeFails() {
        var child = child();
        child.upn = "A123456789012";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("UPN=A123456789012");
    }

    @Test
    void theNewestLaCodesPass() {
        var child = child();
        child.upn = "F942400120001";
        assertThat(check(rule, child.build())).isEmpty();
        child.upn = "X201300125001";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void lettersWhereTheLaCodeGoesFail() {
        var child = child();
        child.upn = "AABC00112345";
        assertThat(check(rule, child.build())).hasSize(1);
        child.upn = null;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
