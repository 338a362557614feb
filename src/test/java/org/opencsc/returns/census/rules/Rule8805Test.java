package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import org.junit.jupiter.api.Test;

class Rule8805Test {

    private final Rule8805 rule = new Rule8805();

    @Test
    void aClosedEpisodeWithAReasonPasses() {
        var child = child();
        child.episode().cinClosureDate = day(2026, 2, 1);
        child.episode().reasonForClosure = "RC1";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anOpenEpisodeWithoutAReasonPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aClosedEpisodeWithoutAReasonFails() {
        var child = child();
        child.episode().cinClosureDate = day(2026, 2, 1);
        child.episode().reasonForClosure = " ";
        single(check(rule, child.build()), "8805", CensusModule.CIN_DETAILS, 100L, "CINclosureDate", "ReasonForClosure");
    }
}
