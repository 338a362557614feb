package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1540Test {

    private final Rule1540 rule = new Rule1540();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aLetterInCharacters5To12Fails() {
        var child = child();
        child.upn = "G801A00112345";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("UPN=G801A00112345");
    }

    @Test
    void aLetterAtCharacter12FailsButAt13Passes() {
        var child = child();
        child.upn = "G8012001123A5";
        assertThat(check(rule, child.build())).hasSize(1);
        child.upn = "L80120011234A";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
