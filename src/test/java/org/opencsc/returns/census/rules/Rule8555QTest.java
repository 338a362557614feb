package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8555QTest {

    private final Rule8555Q rule = new Rule8555Q();

    @Test
    void referredOnTheDayOfDeathPasses() {
        var child = child();
        child.personDeathDate = LocalDate.of(2025, 6, 2);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void referredTheDayAfterDeathFails() {
        var child = child();
        child.personDeathDate = LocalDate.of(2025, 6, 1);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "2025-06-02")
                .containsEntry("PersonDeathDate", "2025-06-01");
    }

    @Test
    void aLivingChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
