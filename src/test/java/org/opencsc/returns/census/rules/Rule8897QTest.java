package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8897QTest {

    private final Rule8897Q rule = new Rule8897Q();

    @Test
    void anAuthorisedAssessmentWithValidFactorsPasses() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 8, 1), day(2025, 9, 1), "21"));
        child.episode().assessments.add(assessment(13L, day(2025, 9, 2), day(2025, 10, 1), "24A", "8F"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anAssessmentAuthorisedOnTheFirstDayOfTheYearWithoutFactorsIsQueried() {
        var child = withOneAssessmentAuthorisedOn(day(2025, 4, 1));
        single(check(rule, child.build()), "8897Q", CensusModule.ASSESSMENTS, 11L,
                "AssessmentAuthorisationDate", "AssessmentFactors");
    }

    @Test
    void anAssessmentAuthorisedBeforeTheYearIsNotChecked() {
        assertThat(check(rule, withOneAssessmentAuthorisedOn(day(2025, 3, 31)).build())).isEmpty();
    }

    @Test
    void anInvalidFactorIsQueried() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), day(2025, 7, 1), "2C", "99")));
        var problem = single(check(rule, child.build()), "8897Q", CensusModule.ASSESSMENTS, 11L,
                "AssessmentAuthorisationDate", "AssessmentFactors");
        assertThat(value(problem, "AssessmentFactors")).isEqualTo("2C, 99");
    }

    @Test
    void anUnauthorisedAssessmentWithoutFactorsPasses() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), null)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder withOneAssessmentAuthorisedOn(java.time.LocalDate authorised) {
        var child = child();
        child.episode().cinReferralDate = day(2025, 3, 1);
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 3, 2), authorised)));
        return child;
    }
}
