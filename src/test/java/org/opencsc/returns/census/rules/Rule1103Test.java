package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.opencsc.returns.census.Assessment;
import org.junit.jupiter.api.Test;

class Rule1103Test {

    private final Rule1103 rule = new Rule1103();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anAssessmentStartingOnTheReferralDatePasses() {
        var child = child();
        child.episode().assessments.set(0, new Assessment(d("2025-06-02"), null, d("2025-07-15"), List.of("2C"), 10L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anAssessmentStartingTheDayBeforeTheReferralFails() {
        var child = child();
        child.episode().assessments.set(0, new Assessment(d("2025-06-01"), null, d("2025-07-15"), List.of("2C"), 10L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.ASSESSMENTS, 10L);
        assertThat(fields(problem)).containsExactly("AssessmentActualStartDate=2025-06-01", "CINreferralDate=2025-06-02");
        assertThat(problem.laChildId()).isEqualTo("CHILD1");
        assertThat(problem.personId()).isEqualTo(1L);
    }

    @Test
    void missingDatesAreLeftToTheRulesAboutThem() {
        var child = child();
        child.episode().assessments.set(0, new Assessment(null, null, null, List.of(), 10L));
        child.episode().cinReferralDate = null;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
