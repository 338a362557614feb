package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1570Test {

    private final Rule1570 rule = new Rule1570();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void twentyCharactersPass() {
        var child = child();
        child.laChildId = "A".repeat(20);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void twentyOneCharactersFail() {
        var child = child();
        child.laChildId = "A".repeat(21);
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("LAchildID=" + "A".repeat(21));
    }
}
