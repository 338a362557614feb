package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8510Test {

    private final Rule8510 rule = new Rule8510();

    @Test
    void childrenWithDifferentIdsPass() {
        var other = child();
        other.laChildId = "CHILD2";
        assertThat(check(rule, CensusSamples.header().build(), List.of(child().build(), other.build()))).isEmpty();
    }

    @Test
    void twoChildrenWithTheSameIdBothFail() {
        var problems = check(rule, CensusSamples.header().build(), List.of(child().build(), child().build()));
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.ruleCode()).isEqualTo("8510");
            assertThat(p.module()).isEqualTo(CensusModule.CHILD_IDENTIFIERS);
            assertThat(fields(p)).containsEntry("LAchildID", "CHILD1");
        });
    }

    @Test
    void aLoneChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void onlyTheDuplicatedIdFails() {
        var other = child();
        other.laChildId = "CHILD2";
        var problems = check(rule, CensusSamples.header().build(),
                List.of(child().build(), other.build(), child().build()));
        assertThat(problems).extracting(CensusProblem::laChildId).containsExactly("CHILD1", "CHILD1");
        onlyProblem(rule, problems.subList(0, 1), CensusModule.CHILD_IDENTIFIERS, null);
    }
}
