package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule2889Test {

    private final Rule2889 rule = new Rule2889();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anEnquiryStartingOnTheReferralDatePasses() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-02"), d("2025-06-23"), null, null, 30L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEnquiryStartingTheDayBeforeTheReferralFails() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-01"), d("2025-06-23"), null, null, 30L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsExactly("S47ActualStartDate=2025-06-01", "CINreferralDate=2025-06-02");
    }
}
