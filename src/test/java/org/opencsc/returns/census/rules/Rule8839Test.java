package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8839Test {

    private final Rule8839 rule = new Rule8839();

    @Test
    void oneOpenEnquiryBesideCompletedOnesPasses() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), day(2025, 6, 20), false),
                s47(31L, day(2025, 7, 1), null, true),
                s47(32L, day(2025, 8, 1), null, false)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void twoOpenEnquiriesInOneEpisodeFailEach() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), null, false),
                s47(31L, day(2025, 7, 1), null, null)));
        assertThat(check(rule, child.build())).extracting(CensusProblem::sourceId).containsExactly(30L, 31L);
        single(check(rule, child.build()).subList(0, 1), "8839", CensusModule.SECTION_47, 30L,
                "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
    }

    @Test
    void openEnquiriesInDifferentEpisodesPass() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(s47(30L, day(2025, 6, 3), null, false)));
        var other = CensusSamples.episode();
        other.cinReferralDate = day(2025, 4, 1);
        other.cinClosureDate = day(2025, 5, 1);
        other.reasonForClosure = "RC1";
        other.section47s = new ArrayList<>(List.of(s47(31L, day(2025, 4, 2), null, false)));
        child.episodes.add(other);
        assertThat(check(rule, child.build())).isEmpty();
    }
}
