package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8606Test {

    private final Rule8606 rule = new Rule8606();

    @Test
    void referredExactly280DaysBeforeBirthPasses() {
        var child = child();
        child.personBirthDate = LocalDate.of(2026, 3, 9);
        child.episode().cinReferralDate = LocalDate.of(2026, 3, 9).minusDays(280);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void referred281DaysBeforeBirthFails() {
        var child = child();
        child.personBirthDate = LocalDate.of(2026, 3, 9);
        child.episode().cinReferralDate = LocalDate.of(2025, 6, 1);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "2025-06-01")
                .containsEntry("PersonBirthDate", "2026-03-09");
    }

    @Test
    void referredTooLongBeforeTheExpectedBirthFails() {
        var child = child();
        child.personBirthDate = null;
        child.expectedPersonBirthDate = LocalDate.of(2026, 4, 1);
        child.episode().cinReferralDate = LocalDate.of(2025, 6, 24);
        onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        child.episode().cinReferralDate = LocalDate.of(2025, 6, 25);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
