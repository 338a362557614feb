package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8863QTest {

    private final Rule8863Q rule = new Rule8863Q();

    @Test
    void anAssessmentStartingTheDayAfterTheLastWasAuthorisedPasses() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 7, 16), null));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anAssessmentStartingOnTheDayTheLastWasAuthorisedIsQueried() {
        var child = child();
        child.episode().assessments.add(assessment(12L, day(2025, 7, 15), null));
        single(check(rule, child.build()), "8863Q", CensusModule.ASSESSMENTS, 12L,
                "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }

    @Test
    void anAssessmentStartingWhileAnotherIsUnauthorisedIsQueried() {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(
                assessment(11L, day(2025, 6, 3), null), assessment(12L, day(2026, 3, 31), day(2026, 3, 31), "2C")));
        single(check(rule, child.build()), "8863Q", CensusModule.ASSESSMENTS, 12L,
                "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }

    @Test
    void assessmentsOfDifferentEpisodesAreNotCompared() {
        var child = child();
        var other = CensusSamples.episode();
        other.cinReferralDate = day(2025, 4, 1);
        other.cinClosureDate = day(2025, 6, 1);
        other.reasonForClosure = "RC8";
        other.assessments = new ArrayList<>(List.of(assessment(13L, day(2025, 4, 2), null)));
        child.episodes.add(other);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
