package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8530QTest {

    private final Rule8530Q rule = new Rule8530Q();

    private static CensusSamples.ChildBuilder unborn(LocalDate expected) {
        var child = child();
        child.personBirthDate = null;
        child.expectedPersonBirthDate = expected;
        child.sex = "U";
        return child;
    }

    @Test
    void expectedOnTheEdgesOfTheRangePasses() {
        // 31 March 2026 minus 30 days, and plus 9 months
        assertThat(check(rule, unborn(LocalDate.of(2026, 3, 1)).build())).isEmpty();
        assertThat(check(rule, unborn(LocalDate.of(2026, 12, 31)).build())).isEmpty();
    }

    @Test
    void expectedADayTooEarlyFails() {
        var problem = onlyProblem(rule, check(rule, unborn(LocalDate.of(2026, 2, 28)).build()),
                CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("ExpectedPersonBirthDate", "2026-02-28");
    }

    @Test
    void expectedADayTooLateFails() {
        onlyProblem(rule, check(rule, unborn(LocalDate.of(2027, 1, 1)).build()), CensusModule.CHILD_IDENTIFIERS, null);
    }

    @Test
    void aBornChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
