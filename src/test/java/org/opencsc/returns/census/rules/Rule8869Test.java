package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8869Test {

    private final Rule8869 rule = new Rule8869();

    @Test
    void noFactorsAloneOrOtherFactorsPass() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(
                assessment(11L, day(2025, 6, 3), day(2025, 7, 1), "21"),
                assessment(12L, day(2025, 7, 3), day(2025, 8, 1), "2C", "3A")));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void noFactorsWithAnotherFactorFails() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), day(2025, 7, 1), "21", "2C")));
        var problem = single(check(rule, child.build()), "8869", CensusModule.ASSESSMENTS, 11L, "AssessmentFactors");
        assertThat(value(problem, "AssessmentFactors")).isEqualTo("21, 2C");
    }
}
