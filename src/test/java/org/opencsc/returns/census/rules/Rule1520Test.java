package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rule1520Test {

    private final Rule1520 rule = new Rule1520();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void twoChildrenWithTheSameUpnBothFail() {
        var first = child();
        var second = child();
        second.laChildId = "CHILD2";
        second.personId = 2L;
        var problems = check(rule, CensusSamples.header().build(), List.of(first.build(), second.build()));
        assertThat(problems).extracting(CensusProblem::laChildId).containsExactly("CHILD1", "CHILD2");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.ruleCode()).isEqualTo("1520");
            assertThat(p.module()).isEqualTo(CensusModule.CHILD_IDENTIFIERS);
            assertThat(fields(p)).containsExactly("UPN=G801200112345");
        });
    }

    @Test
    void childrenWithDifferentUpnsOrNonePass() {
        var first = child();
        var second = child();
        second.laChildId = "CHILD2";
        second.upn = "X201300125001";
        var third = child();
        third.laChildId = "CHILD3";
        third.upn = null;
        var fourth = child();
        fourth.laChildId = "CHILD4";
        fourth.upn = null;
        assertThat(check(rule, CensusSamples.header().build(),
                List.of(first.build(), second.build(), third.build(), fourth.build()))).isEmpty();
    }
}
