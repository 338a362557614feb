package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8890Test {

    private final Rule8890 rule = new Rule8890();

    @Test
    void anEnquiryStartingTheDayAfterTheLastConferencePasses() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), day(2025, 6, 20), false), s47(31L, day(2025, 6, 21), null, false)));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEnquiryStartingOnTheDayOfTheLastConferenceFails() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), day(2025, 6, 20), false), s47(31L, day(2025, 6, 20), null, false)));
        single(check(rule, child.build()), "8890", CensusModule.SECTION_47, 31L, "S47ActualStartDate", "DateOfInitialCPC");
    }

    @Test
    void anEnquiryStartingWhileAnotherIsOpenFails() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), null, false), s47(31L, day(2026, 3, 31), day(2026, 3, 31), false)));
        single(check(rule, child.build()), "8890", CensusModule.SECTION_47, 31L, "S47ActualStartDate", "DateOfInitialCPC");
    }

    @Test
    void anEnquiryThatNeededNoConferenceIsNotOngoing() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                s47(30L, day(2025, 6, 3), null, true), s47(31L, day(2025, 7, 1), null, false)));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
