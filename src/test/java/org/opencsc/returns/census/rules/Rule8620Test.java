package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8620Test {

    private final Rule8620 rule = new Rule8620();

    @Test
    void closedOnTheFirstOrLastDayOfTheYearPasses() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 4, 1);
        assertThat(check(rule, child.build())).isEmpty();
        child.episode().cinClosureDate = LocalDate.of(2026, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void closedBeforeTheYearFails() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 3, 31);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINclosureDate", "2025-03-31");
    }

    @Test
    void closedAfterTheYearFails() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2026, 4, 1);
        onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
    }

    @Test
    void anOpenEpisodePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
