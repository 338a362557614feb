package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule4180Test {

    private final Rule4180 rule = new Rule4180();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aMissingSexFails() {
        var child = child();
        child.sex = null;
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsExactly("Sex=");
    }

    @Test
    void anOldGenderCodeOrALowerCaseLetterFails() {
        var child = child();
        child.sex = "1";
        assertThat(check(rule, child.build())).hasSize(1);
        child.sex = "f";
        assertThat(check(rule, child.build())).hasSize(1);
    }

    @Test
    void eachSexCodePasses() {
        var child = child();
        for (String sex : new String[] {"M", "F", "U"}) {
            child.sex = sex;
            assertThat(check(rule, child.build())).isEmpty();
        }
    }
}
