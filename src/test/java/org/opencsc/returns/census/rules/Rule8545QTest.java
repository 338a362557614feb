package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8545QTest {

    private final Rule8545Q rule = new Rule8545Q();

    @Test
    void deathOnTheFirstAndLastDaysOfTheYearPasses() {
        var child = child();
        child.personDeathDate = LocalDate.of(2025, 4, 1);
        assertThat(check(rule, child.build())).isEmpty();
        child.personDeathDate = LocalDate.of(2026, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void deathTheDayBeforeTheYearFails() {
        var child = child();
        child.personDeathDate = LocalDate.of(2025, 3, 31);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonDeathDate", "2025-03-31");
    }

    @Test
    void deathAfterTheYearFails() {
        var child = child();
        child.personDeathDate = LocalDate.of(2026, 4, 1);
        onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
    }
}
