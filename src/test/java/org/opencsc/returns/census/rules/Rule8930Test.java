package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8930Test {

    private final Rule8930 rule = new Rule8930();

    @Test
    void anEndOnTheFirstOrLastDayOfTheYearPasses() {
        assertThat(check(rule, planEndingOn(day(2025, 4, 1)).build())).isEmpty();
        assertThat(check(rule, planEndingOn(day(2026, 3, 31)).build())).isEmpty();
        assertThat(check(rule, planEndingOn(null).build())).isEmpty();
    }

    @Test
    void anEndBeforeOrAfterTheYearFails() {
        single(check(rule, planEndingOn(day(2025, 3, 31)).build()), "8930", CensusModule.CHILD_PROTECTION_PLANS, 40L,
                "CPPendDate", "ReferenceDate");
        var problem = single(check(rule, planEndingOn(day(2026, 4, 1)).build()), "8930",
                CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPendDate", "ReferenceDate");
        assertThat(value(problem, "ReferenceDate")).isEqualTo("2026-03-31");
    }

    private static CensusSamples.ChildBuilder planEndingOn(java.time.LocalDate end) {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, day(2025, 3, 1), end)));
        return child;
    }
}
