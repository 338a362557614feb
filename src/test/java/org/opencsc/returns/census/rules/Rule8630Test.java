package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8630Test {

    private final Rule8630 rule = new Rule8630();

    @Test
    void closedOnTheDayOfReferralPasses() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 6, 2);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void closedTheDayBeforeReferralFails() {
        var child = child();
        child.episode().cinClosureDate = LocalDate.of(2025, 6, 1);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "2025-06-02")
                .containsEntry("CINclosureDate", "2025-06-01");
    }
}
