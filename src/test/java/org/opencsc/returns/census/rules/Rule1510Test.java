package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1510Test {

    private final Rule1510 rule = new Rule1510();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aWrongCheckLetterFails() {
        var child = child();
        child.upn = "A801200112345";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("UPN=A801200112345");
    }

    @Test
    void aTemporaryUpnWithItsCheckLetterPasses() {
        var child = child();
        child.upn = "L80120011234A";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void noUpnOrOneOfTheWrongShapeIsLeftToOtherRules() {
        var child = child();
        child.upn = null;
        assertThat(check(rule, child.build())).isEmpty();
        child.upn = "A80120011";
        assertThat(check(rule, child.build())).isEmpty();
        child.upn = "A8012001123I5";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
