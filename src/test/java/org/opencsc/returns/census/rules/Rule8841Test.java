package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8841Test {

    private final Rule8841 rule = new Rule8841();

    @Test
    void aReviewTheDayAfterThePlanStartedPasses() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), null, List.of(day(2025, 7, 2), day(2025, 10, 1)))));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aReviewOnTheStartDayFails() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), null, List.of(day(2025, 7, 1), day(2025, 10, 1)))));
        var problem = single(check(rule, child.build()), "8841", CensusModule.CHILD_PROTECTION_PLANS, 40L,
                "CPPstartDate", "CPPreviewDate");
        assertThat(value(problem, "CPPreviewDate")).isEqualTo("2025-07-01");
    }

    @Test
    void aReviewBeforeTheStartFails() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), null, List.of(day(2025, 6, 30)))));
        single(check(rule, child.build()), "8841", CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "CPPreviewDate");
    }
}
