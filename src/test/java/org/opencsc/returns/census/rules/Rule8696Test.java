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

class Rule8696Test {

    private final Rule8696 rule = new Rule8696();

    private static CensusSamples.ChildBuilder authorisedOn(LocalDate authorised) {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2025, 1, 6);
        child.episode().assessments = new ArrayList<>(List.of(
                new Assessment(LocalDate.of(2025, 1, 7), null, authorised, List.of("2C"), 11L)));
        return child;
    }

    @Test
    void authorisedOnTheFirstAndLastDaysOfTheYearPasses() {
        assertThat(check(rule, authorisedOn(LocalDate.of(2025, 4, 1)).build())).isEmpty();
        assertThat(check(rule, authorisedOn(LocalDate.of(2026, 3, 31)).build())).isEmpty();
    }

    @Test
    void authorisedBeforeTheYearFails() {
        var problem = onlyProblem(rule, check(rule, authorisedOn(LocalDate.of(2025, 3, 31)).build()),
                CensusModule.ASSESSMENTS, 11L);
        assertThat(fields(problem)).containsEntry("AssessmentAuthorisationDate", "2025-03-31");
    }

    @Test
    void authorisedAfterTheYearFails() {
        onlyProblem(rule, check(rule, authorisedOn(LocalDate.of(2026, 4, 1)).build()), CensusModule.ASSESSMENTS, 11L);
    }
}
