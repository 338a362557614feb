package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8925Test {

    private final Rule8925 rule = new Rule8925();

    @Test
    void anEndOnOrAfterTheStartPasses() {
        assertThat(check(rule, planOf(day(2025, 7, 1), day(2025, 7, 1)).build())).isEmpty();
        assertThat(check(rule, planOf(day(2025, 7, 1), null).build())).isEmpty();
    }

    @Test
    void anEndTheDayBeforeTheStartFails() {
        single(check(rule, planOf(day(2025, 7, 1), day(2025, 6, 30)).build()), "8925",
                CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "CPPendDate");
    }

    private static CensusSamples.ChildBuilder planOf(java.time.LocalDate start, java.time.LocalDate end) {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(plan(40L, start, end)));
        return child;
    }
}
