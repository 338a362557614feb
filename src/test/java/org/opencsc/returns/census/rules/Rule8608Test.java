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

class Rule8608Test {

    private final Rule8608 rule = new Rule8608();

    private static CensusSamples.ChildBuilder assessed(LocalDate start, LocalDate authorised) {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(
                new Assessment(start, null, authorised, List.of("2C"), 11L)));
        return child;
    }

    @Test
    void authorisedOnTheDayItStartedPasses() {
        assertThat(check(rule, assessed(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3)).build())).isEmpty();
    }

    @Test
    void authorisedTheDayBeforeItStartedFails() {
        var child = assessed(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 2));
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.ASSESSMENTS, 11L);
        assertThat(fields(problem)).containsEntry("AssessmentActualStartDate", "2025-06-03")
                .containsEntry("AssessmentAuthorisationDate", "2025-06-02");
    }

    @Test
    void anOpenAssessmentPasses() {
        assertThat(check(rule, assessed(LocalDate.of(2025, 6, 3), null).build())).isEmpty();
    }
}
