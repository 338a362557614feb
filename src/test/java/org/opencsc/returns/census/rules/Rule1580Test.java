package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1580Test {

    private final Rule1580 rule = new Rule1580();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aHyphenFails() {
        var child = child();
        child.laChildId = "CHILD-1";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("LAchildID=CHILD-1");
    }

    @Test
    void aSpaceOrANonAsciiLetterFails() {
        var child = child();
        child.laChildId = "CHILD 1";
        assertThat(check(rule, child.build())).hasSize(1);
        child.laChildId = "CHÏLD1";
        assertThat(check(rule, child.build())).hasSize(1);
    }

    @Test
    void lettersOfEitherCaseAndDigitsPassAndAMissingIdIsLeftTo8500() {
        var child = child();
        child.laChildId = "aBc123";
        assertThat(check(rule, child.build())).isEmpty();
        child.laChildId = null;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
