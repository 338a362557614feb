package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.CensusSamples.episode;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;
import static org.opencsc.returns.census.rules.RulesCSamples.value;

import org.junit.jupiter.api.Test;

class Rule8816Test {

    private final Rule8816 rule = new Rule8816();

    @Test
    void theOpenEpisodeBeingTheLatestPasses() {
        var child = child();
        var earlier = episode();
        earlier.cinReferralDate = day(2025, 4, 10);
        earlier.cinClosureDate = day(2025, 5, 20);
        earlier.reasonForClosure = "RC1";
        child.episodes.addFirst(earlier);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anOpenEpisodeOlderThanAnotherReferralFails() {
        var child = child();
        var later = episode();
        later.cinReferralDate = day(2025, 6, 3);
        later.cinClosureDate = day(2025, 6, 3);
        later.reasonForClosure = "RC8";
        later.sourceId = 101L;
        child.episodes.add(later);
        var problem = single(check(rule, child.build()), "8816", CensusModule.CIN_DETAILS, 100L,
                "CINreferralDate", "CINclosureDate", "ReferralNFA");
        assertThat(value(problem, "CINreferralDate")).isEqualTo("2025-06-02");
    }

    @Test
    void anOpenNfaReferralOlderThanAnotherPasses() {
        var child = child();
        child.episode().referralNfa = true;
        var later = episode();
        later.cinReferralDate = day(2025, 8, 1);
        later.sourceId = 101L;
        child.episodes.add(later);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
