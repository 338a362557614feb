package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.CensusSamples.episode;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8820Test {

    private final Rule8820 rule = new Rule8820();

    @Test
    void aReferralOnTheDayThePreviousEpisodeClosedPasses() {
        var child = childWithEarlierEpisodeClosedOn(day(2025, 6, 2));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aReferralTheDayBeforeThePreviousEpisodeClosedFails() {
        var child = childWithEarlierEpisodeClosedOn(day(2025, 6, 3));
        single(check(rule, child.build()), "8820", CensusModule.CIN_DETAILS, 100L, "CINreferralDate", "CINclosureDate");
    }

    @Test
    void aReferralWhileAnotherEpisodeIsOpenFails() {
        var child = child();
        var later = episode();
        later.cinReferralDate = day(2026, 3, 31);
        later.cinClosureDate = day(2026, 3, 31);
        later.reasonForClosure = "RC8";
        later.sourceId = 101L;
        child.episodes.add(later);
        single(check(rule, child.build()), "8820", CensusModule.CIN_DETAILS, 101L, "CINreferralDate", "CINclosureDate");
    }

    @Test
    void aReferralWhileAnOpenNfaReferralIsOpenPasses() {
        var child = child();
        var nfa = episode();
        nfa.cinReferralDate = day(2025, 5, 1);
        nfa.referralNfa = true;
        nfa.sourceId = 99L;
        child.episodes.addFirst(nfa);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void episodesReferredTheSameDayBothFail() {
        var child = child();
        var twin = episode();
        twin.cinClosureDate = day(2025, 7, 1);
        twin.reasonForClosure = "RC1";
        twin.sourceId = 101L;
        child.episodes.add(twin);
        assertThat(check(rule, child.build())).extracting(CensusProblem::sourceId).containsExactlyInAnyOrder(100L, 101L);
    }

    private static CensusSamples.ChildBuilder childWithEarlierEpisodeClosedOn(LocalDate closed) {
        var child = child();
        var earlier = episode();
        earlier.cinReferralDate = day(2025, 4, 10);
        earlier.cinClosureDate = closed;
        earlier.reasonForClosure = "RC1";
        earlier.sourceId = 99L;
        child.episodes.addFirst(earlier);
        return child;
    }
}
