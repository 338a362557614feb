package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;
import static org.opencsc.returns.census.rules.RulesCSamples.value;

import org.junit.jupiter.api.Test;

class Rule8810Test {

    private final Rule8810 rule = new Rule8810();

    @Test
    void aReasonWithAClosureDatePasses() {
        var child = child();
        child.episode().cinClosureDate = day(2026, 2, 1);
        child.episode().reasonForClosure = "RC1";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aReasonWithoutAClosureDateFails() {
        var child = child();
        child.episode().reasonForClosure = "RC1";
        var problem = single(check(rule, child.build()), "8810", CensusModule.CIN_DETAILS, 100L,
                "ReasonForClosure", "CINclosureDate");
        assertThat(value(problem, "ReasonForClosure")).isEqualTo("RC1");
        assertThat(value(problem, "CINclosureDate")).isEmpty();
    }
}
