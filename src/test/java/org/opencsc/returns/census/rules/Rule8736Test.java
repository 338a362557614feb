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

class Rule8736Test {

    private final Rule8736 rule = new Rule8736();

    private static CensusSamples.ChildBuilder assessed(LocalDate start, LocalDate authorised) {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2025, 1, 6);
        child.episode().assessments = new ArrayList<>(List.of(
                new Assessment(start, null, authorised, authorised == null ? List.of() : List.of("2C"), 11L)));
        return child;
    }

    @Test
    void anOpenAssessmentStartedOnTheFirstDayOfTheYearPasses() {
        assertThat(check(rule, assessed(LocalDate.of(2025, 4, 1), null).build())).isEmpty();
    }

    @Test
    void anOpenAssessmentStartedBeforeTheYearFails() {
        var problem = onlyProblem(rule, check(rule, assessed(LocalDate.of(2025, 3, 31), null).build()),
                CensusModule.ASSESSMENTS, 11L);
        assertThat(fields(problem)).containsEntry("AssessmentActualStartDate", "2025-03-31");
    }

    @Test
    void anOpenAssessmentStartedAfterTheYearFails() {
        onlyProblem(rule, check(rule, assessed(LocalDate.of(2026, 4, 1), null).build()), CensusModule.ASSESSMENTS, 11L);
    }

    @Test
    void anAuthorisedAssessmentStartedBeforeTheYearPasses() {
        assertThat(check(rule, assessed(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 20)).build())).isEmpty();
    }
}
