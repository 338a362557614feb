package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8585QTest {

    private final Rule8585Q rule = new Rule8585Q();

    @Test
    void closedAsDiedWithADeathDatePasses() {
        var child = child();
        child.personDeathDate = LocalDate.of(2025, 9, 1);
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 3);
        child.episode().reasonForClosure = "RC2";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void closedAsDiedWithoutADeathDateFails() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 3);
        child.episode().reasonForClosure = "RC2";
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("ReasonForClosure", "RC2").containsEntry("PersonDeathDate", "");
    }

    @Test
    void closedForAnotherReasonPasses() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 9, 3);
        child.episode().reasonForClosure = "RC4";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
