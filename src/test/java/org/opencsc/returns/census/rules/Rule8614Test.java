package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.Assessment;

class Rule8614Test {

    private final Rule8614 rule = new Rule8614();

    private static CensusSamples.ChildBuilder assessed(LocalDate authorised, List<String> factors) {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(
                new Assessment(LocalDate.of(2025, 6, 3), null, authorised, factors, 11L)));
        return child;
    }

    @Test
    void anAuthorisedAssessmentWithFactorsPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anOpenAssessmentWithoutFactorsPasses() {
        assertThat(check(rule, assessed(null, List.of()).build())).isEmpty();
    }

    @Test
    void anOpenAssessmentWithFactorsFails() {
        var problem = onlyProblem(rule, check(rule, assessed(null, List.of("2C", "3A")).build()),
                CensusModule.ASSESSMENTS, 11L);
        assertThat(fields(problem)).containsEntry("AssessmentFactors", "2C 3A")
                .containsEntry("AssessmentAuthorisationDate", "");
    }
}
