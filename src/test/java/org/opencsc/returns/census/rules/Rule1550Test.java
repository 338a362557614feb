package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1550Test {

    private final Rule1550 rule = new Rule1550();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anIAtCharacter13Fails() {
        var child = child();
        child.upn = "G80120011234I";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("UPN=G80120011234I");
    }

    @Test
    void aLowerCaseLetterOrASymbolFailsAndAnAllowedLetterPasses() {
        var child = child();
        child.upn = "G80120011234a";
        assertThat(check(rule, child.build())).hasSize(1);
        child.upn = "G80120011234-";
        assertThat(check(rule, child.build())).hasSize(1);
        child.upn = "L80120011234A";
        assertThat(check(rule, child.build())).isEmpty();
        child.upn = "L80120011234Z";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
