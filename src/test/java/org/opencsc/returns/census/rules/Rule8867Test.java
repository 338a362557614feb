package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8867Test {

    private final Rule8867 rule = new Rule8867();

    @Test
    void aClosedEpisodeWithAuthorisedAssessmentsPasses() {
        var child = child();
        child.episode().cinClosureDate = day(2025, 8, 1);
        child.episode().reasonForClosure = "RC8";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anOpenEpisodeWithAnUnauthorisedAssessmentPasses() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aClosedEpisodeWithAnUnauthorisedAssessmentFailsOnTheAssessment() {
        var child = child();
        child.episode().cinClosureDate = day(2025, 8, 1);
        child.episode().reasonForClosure = "RC8";
        child.episode().assessments.add(assessment(12L, day(2025, 7, 20), null));
        single(check(rule, child.build()), "8867", CensusModule.ASSESSMENTS, 12L,
                "CINclosureDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }
}
