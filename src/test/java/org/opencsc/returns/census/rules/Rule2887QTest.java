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

class Rule2887QTest {

    private final Rule2887Q rule = new Rule2887Q();

    private static List<CensusChild> childrenWith(String... codes) {
        List<CensusChild> children = new ArrayList<>();
        for (String code : codes) {
            var child = child();
            child.laChildId = "C" + code;
            child.disabilities = new ArrayList<>(List.of(code));
            children.add(child.build());
        }
        return children;
    }

    @Test
    void eightCodesPass() {
        assertThat(check(rule, CensusSamples.header().build(),
                childrenWith("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"))).isEmpty();
    }

    @Test
    void sevenCodesAndNoneAreQueried() {
        var problem = onlyProblem(check(rule, CensusSamples.header().build(),
                childrenWith("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "NONE")), rule, CensusModule.HEADER, null);
        assertThat(problem.type()).isEqualTo(RuleType.QUERY);
        assertThat(fields(problem)).containsExactly("Disability=7 different codes used");
    }

    @Test
    void aReturnOfOnlyTheValidChildIsQueried() {
        // the rule is about the whole return: one child cannot use eight codes
        assertThat(check(rule, child().build())).hasSize(1);
    }
}
