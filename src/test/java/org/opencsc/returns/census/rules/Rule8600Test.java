package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8600Test {

    private final Rule8600 rule = new Rule8600();

    @Test
    void referredOnTheReferenceDatePasses() {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2026, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void referredAfterTheReferenceDateFails() {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2026, 4, 1);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "2026-04-01");
    }

    @Test
    void noReferralDateFails() {
        var child = child();
        child.episode().cinReferralDate = null;
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "");
    }
}
