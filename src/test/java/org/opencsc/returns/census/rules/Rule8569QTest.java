package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8569QTest {

    private final Rule8569Q rule = new Rule8569Q();

    private static CensusSamples.ChildBuilder nfaReferredOn(LocalDate referred) {
        var child = child();
        child.episode().cinReferralDate = referred;
        child.episode().referralNfa = true;
        return child;
    }

    @Test
    void anNfaReferralOnTheWorkingDayBeforeTheYearPasses() {
        // the year starts on Tuesday 1 April 2025; one working day before is Monday 31 March
        assertThat(check(rule, nfaReferredOn(LocalDate.of(2025, 3, 31)).build())).isEmpty();
    }

    @Test
    void anNfaReferralEarlierThanThatFails() {
        var problem = onlyProblem(rule, check(rule, nfaReferredOn(LocalDate.of(2025, 3, 28)).build()),
                CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsEntry("CINreferralDate", "2025-03-28").containsEntry("ReferralNFA", "true");
    }

    @Test
    void anOldReferralThatLedToActionPasses() {
        var child = nfaReferredOn(LocalDate.of(2024, 11, 4));
        child.episode().referralNfa = false;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
