package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.junit.jupiter.api.Test;

class Rule2888QTest {

    private final Rule2888Q rule = new Rule2888Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    private static CensusChild childWith(String id, String... codes) {
        var child = child();
        child.laChildId = id;
        child.disabilities = new ArrayList<>(List.of(codes));
        return child.build();
    }

    @Test
    void aChildWithTwoDisabilitiesPasses() {
        assertThat(check(rule, CensusSamples.header().build(),
                List.of(childWith("A", "MOB"), childWith("B", "MOB", "HEAR")))).isEmpty();
    }

    @Test
    void onlyOneCodePerDisabledChildIsQueried() {
        var problem = onlyProblem(check(rule, CensusSamples.header().build(),
                List.of(childWith("A", "MOB"), childWith("B", "HEAR"), childWith("C", "NONE"))), rule, CensusModule.HEADER, null);
        assertThat(fields(problem)).containsExactly("Disability=2 children with one code each");
    }

    @Test
    void aReturnWithNoDisabledChildIsNotQueried() {
        assertThat(check(rule, CensusSamples.header().build(), List.of(childWith("A", "NONE"), childWith("B")))).isEmpty();
    }
}
