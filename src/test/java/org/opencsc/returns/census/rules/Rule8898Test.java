package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8898Test {

    private final Rule8898 rule = new Rule8898();

    @Test
    void theSameFactorOnDifferentAssessmentsPasses() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 8, 1), day(2025, 9, 1), "2C", "3B"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aFactorRepeatedOnOneAssessmentFailsOnce() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(
                assessment(11L, day(2025, 6, 3), day(2025, 7, 1), "2C", "3B", "2C", "2C")));
        var problem = single(check(rule, child.build()), "8898", CensusModule.ASSESSMENTS, 11L,
                "AssessmentActualStartDate", "AssessmentFactors");
        assertThat(value(problem, "AssessmentFactors")).isEqualTo("2C");
    }
}
