package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8520Test {

    private final Rule8520 rule = new Rule8520();

    @Test
    void bornOnTheReferenceDatePasses() {
        var child = child();
        child.personBirthDate = LocalDate.of(2026, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void bornTheDayAfterTheReferenceDateFails() {
        var child = child();
        child.personBirthDate = LocalDate.of(2026, 4, 1);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonBirthDate", "2026-04-01")
                .containsEntry("ReferenceDate", "2026-03-31");
    }

    @Test
    void noDateOfBirthIsNotThisRulesConcern() {
        var child = child();
        child.personBirthDate = null;
        child.expectedPersonBirthDate = LocalDate.of(2026, 5, 1);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
