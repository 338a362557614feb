package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule1560QTest {

    private final Rule1560Q rule = new Rule1560Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aWellFormedFormerUpnPasses() {
        var child = child();
        child.formerUpn = "X201300125001";
        assertThat(check(rule, child.build())).isEmpty();
        child.formerUpn = "L80120011234A";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aShortFormerUpnIsQueried() {
        var child = child();
        child.formerUpn = "X2013001";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(problem.type()).isEqualTo(RuleType.QUERY);
        assertThat(fields(problem)).containsExactly("FormerUPN=X2013001");
    }

    @Test
    void aFormerUpnOfTheWrongCharactersIsQueried() {
        var child = child();
        child.formerUpn = "1201300125001";
        assertThat(check(rule, child.build())).hasSize(1);
        child.formerUpn = "X20130012500I";
        assertThat(check(rule, child.build())).hasSize(1);
        child.formerUpn = "X2013A0125001";
        assertThat(check(rule, child.build())).hasSize(1);
    }
}
