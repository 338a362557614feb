package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8873QTest {

    private final Rule8873Q rule = new Rule8873Q();

    @Test
    void closedWithRc8OrRc9AfterNoFactorsPasses() {
        for (String reason : new String[] {"RC8", "RC9"}) {
            var child = onlyAssessmentFindingNoFactors();
            child.episode().cinClosureDate = day(2025, 7, 2);
            child.episode().reasonForClosure = reason;
            assertThat(check(rule, child.build())).isEmpty();
        }
    }

    @Test
    void anotherReasonAfterNoFactorsIsQueried() {
        var child = onlyAssessmentFindingNoFactors();
        child.episode().cinClosureDate = day(2025, 7, 2);
        child.episode().reasonForClosure = "RC1";
        var problem = single(check(rule, child.build()), "8873Q", CensusModule.CIN_DETAILS, 100L,
                "ReasonForClosure", "AssessmentFactors");
        assertThat(value(problem, "ReasonForClosure")).isEqualTo("RC1");
    }

    @Test
    void twoAssessmentsOrFactorsFoundPass() {
        var two = onlyAssessmentFindingNoFactors();
        two.episode().assessments.add(assessment(12L, day(2025, 7, 3), day(2025, 8, 1), "21"));
        assertThat(check(rule, two.build())).isEmpty();
        assertThat(check(rule, child().build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder onlyAssessmentFindingNoFactors() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), day(2025, 7, 1), "21")));
        return child;
    }
}
