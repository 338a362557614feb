package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8790Test {

    private final Rule8790 rule = new Rule8790();

    @Test
    void noneAlonePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void otherCodesWithoutNonePass() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("MOB", "HEAR"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void noneWithAnotherCodeFails() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("NONE", "MOB"));
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_CHARACTERISTICS, null);
        assertThat(fields(problem)).containsEntry("Disability", "NONE MOB");
    }
}
