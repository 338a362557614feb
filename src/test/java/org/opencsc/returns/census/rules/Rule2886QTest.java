package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.junit.jupiter.api.Test;

class Rule2886QTest {

    private final Rule2886Q rule = new Rule2886Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    private static List<CensusChild> children(int total, int withoutSex) {
        List<CensusChild> children = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            var child = child();
            child.laChildId = "C" + i;
            child.sex = i < withoutSex ? (i % 2 == 0 ? "U" : null) : "M";
            children.add(child.build());
        }
        return children;
    }

    @Test
    void twoPerCentWithoutSexPasses() {
        assertThat(check(rule, CensusSamples.header().build(), children(50, 1))).isEmpty();
    }

    @Test
    void moreThanTwoPerCentWithoutSexIsQueried() {
        var problem = onlyProblem(check(rule, CensusSamples.header().build(), children(50, 2)), rule, CensusModule.HEADER, null);
        assertThat(fields(problem)).containsExactly("Sex=2 of 50 children not recorded");
    }

    @Test
    void unbornChildrenAreNotCounted() {
        var children = new ArrayList<>(children(10, 0));
        var unborn = child();
        unborn.laChildId = "UNBORN";
        unborn.personBirthDate = null;
        unborn.expectedPersonBirthDate = d("2026-05-01");
        unborn.sex = "U";
        children.add(unborn.build());
        assertThat(check(rule, CensusSamples.header().build(), children)).isEmpty();
    }
}
