package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8866Test {

    private final Rule8866 rule = new Rule8866();

    @Test
    void aValidSourcePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aMissingOrUnknownSourceFails() {
        for (String source : new String[] {null, "1Z", "2a"}) {
            var child = child();
            child.episode().referralSource = source;
            single(check(rule, child.build()), "8866", CensusModule.CIN_DETAILS, 100L, "CINreferralDate", "ReferralSource");
        }
    }

    @Test
    void theSourceIsRequiredFromThe1stOfApril2013() {
        var before = child();
        before.episode().cinReferralDate = day(2013, 3, 31);
        before.episode().referralSource = null;
        assertThat(check(rule, before.build())).isEmpty();
        var from = child();
        from.episode().cinReferralDate = day(2013, 4, 1);
        from.episode().referralSource = null;
        assertThat(check(rule, from.build())).hasSize(1);
    }
}
