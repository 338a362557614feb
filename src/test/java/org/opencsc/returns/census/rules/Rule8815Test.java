package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.CensusSamples.episode;
import static org.opencsc.returns.census.rules.RulesCSamples.day;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8815Test {

    private final Rule8815 rule = new Rule8815();

    @Test
    void oneOpenEpisodeBesideOpenNfaReferralsPasses() {
        var child = child();
        var nfa = nfaReferral(day(2025, 9, 1), 101L);
        var nfa2 = nfaReferral(day(2025, 10, 1), 102L);
        child.episodes.add(nfa);
        child.episodes.add(nfa2);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void twoOpenEpisodesThatAreNotNfaFailEach() {
        var child = child();
        var second = episode();
        second.cinReferralDate = day(2025, 9, 1);
        second.sourceId = 101L;
        child.episodes.add(second);
        assertThat(check(rule, child.build()))
                .extracting(CensusProblem::sourceId).containsExactly(100L, 101L);
    }

    @Test
    void aClosedEarlierEpisodePasses() {
        var child = child();
        var earlier = episode();
        earlier.cinReferralDate = day(2025, 4, 10);
        earlier.cinClosureDate = day(2025, 5, 20);
        earlier.reasonForClosure = "RC1";
        child.episodes.addFirst(earlier);
        assertThat(check(rule, child.build())).isEmpty();
    }

    private static CensusSamples.CinDetailsBuilder nfaReferral(java.time.LocalDate referred, long id) {
        var nfa = episode();
        nfa.cinReferralDate = referred;
        nfa.referralNfa = true;
        nfa.assessments = new ArrayList<>();
        nfa.cinPlanDates = new ArrayList<>(List.of());
        nfa.sourceId = id;
        return nfa;
    }
}
