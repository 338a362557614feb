package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8896Test {

    private final Rule8896 rule = new Rule8896();

    @Test
    void oneOpenAssessmentBesideAuthorisedOnesPasses() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 8, 1), null));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void twoOpenAssessmentsInOneEpisodeFailEach() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 8, 1), null));
        child.episode().assessments.add(assessment(13L, day(2025, 9, 1), null));
        var problems = check(rule, child.build());
        assertThat(problems).extracting(CensusProblem::sourceId).containsExactly(12L, 13L);
        single(problems.subList(0, 1), "8896", CensusModule.ASSESSMENTS, 12L,
                "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }
}
