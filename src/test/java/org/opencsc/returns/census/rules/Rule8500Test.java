package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;

import org.junit.jupiter.api.Test;

class Rule8500Test {

    private final Rule8500 rule = new Rule8500();

    @Test
    void aChildWithAnIdPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aChildWithoutAnIdFails() {
        var child = child();
        child.laChildId = " ";
        assertThat(check(rule, child.build())).singleElement()
                .satisfies(p -> {
                    assertThat(p.ruleCode()).isEqualTo("8500");
                    assertThat(p.type()).isEqualTo(RuleType.ERROR);
                    assertThat(p.module()).isEqualTo(CensusModule.CHILD_IDENTIFIERS);
                    assertThat(p.fields()).extracting(CensusProblem.Field::name).containsExactly("LAchildID");
                });
    }
}
