package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule8772Test {

    private final Rule8772 rule = new Rule8772();

    @Test
    void un7WithEveryReferralNoFurtherActionPasses() {
        var child = child();
        child.upn = null;
        child.upnUnknown = "UN7";
        child.episode().referralNfa = true;
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void un7WithAReferralGoingOnToFurtherActionFails() {
        var child = child();
        child.upn = null;
        child.upnUnknown = "UN7";
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("UPNunknown", "UN7").containsEntry("ReferralNFA", "false");
    }

    @Test
    void anotherReasonPasses() {
        var child = child();
        child.upn = null;
        child.upnUnknown = "UN4";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
