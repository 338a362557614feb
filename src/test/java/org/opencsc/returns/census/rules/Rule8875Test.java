package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8875Test {

    private final Rule8875 rule = new Rule8875();

    @Test
    void aConferenceOnAFridayOrMondayPasses() {
        assertThat(check(rule, withConference(day(2025, 6, 27)).build())).isEmpty();
        assertThat(check(rule, withConference(day(2025, 6, 30)).build())).isEmpty();
    }

    @Test
    void aConferenceOnASaturdayOrSundayFailsOnceOnTheEnquiry() {
        single(check(rule, withConference(day(2025, 6, 28)).build()), "8875", CensusModule.SECTION_47, 30L, "DateOfInitialCPC");
        single(check(rule, withConference(day(2025, 6, 29)).build()), "8875", CensusModule.SECTION_47, 30L, "DateOfInitialCPC");
    }

    @Test
    void aWeekendConferenceOnTheEpisodeAloneFailsOnTheEpisode() {
        var child = child();
        child.episode().dateOfInitialCpc = day(2025, 6, 28);
        single(check(rule, child.build()), "8875", CensusModule.CIN_DETAILS, 100L, "DateOfInitialCPC");
    }

    private static CensusSamples.ChildBuilder withConference(java.time.LocalDate held) {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(s47(30L, day(2025, 6, 5), held, false)));
        child.episode().dateOfInitialCpc = held;
        return child;
    }
}
