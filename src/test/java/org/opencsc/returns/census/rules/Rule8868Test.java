package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8868Test {

    private final Rule8868 rule = new Rule8868();

    @Test
    void aClosedEpisodeWithCompletedEnquiriesPasses() {
        var child = closed();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), day(2025, 6, 20), false), s47(31L, day(2025, 7, 1), null, true)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anOpenEpisodeWithAnOpenEnquiryPasses() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(s47(30L, day(2025, 6, 3), null, false)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aClosedEpisodeWithAnOpenEnquiryFailsOnTheEnquiry() {
        var child = closed();
        child.episode().section47s = new ArrayList<>(List.of(s47(30L, day(2025, 6, 3), null, null)));
        single(check(rule, child.build()), "8868", CensusModule.SECTION_47, 30L,
                "CINclosureDate", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
    }

    private static CensusSamples.ChildBuilder closed() {
        var child = child();
        child.episode().cinClosureDate = day(2025, 8, 1);
        child.episode().reasonForClosure = "RC8";
        return child;
    }
}
