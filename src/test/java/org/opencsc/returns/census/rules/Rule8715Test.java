package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.Section47;

class Rule8715Test {

    private final Rule8715 rule = new Rule8715();

    private static CensusSamples.ChildBuilder conferenceOn(LocalDate conference) {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2025, 3, 3);
        child.episode().dateOfInitialCpc = conference;
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 26), conference, false, 30L)));
        return child;
    }

    @Test
    void aConferenceOnTheFirstOrLastDayOfTheYearPasses() {
        assertThat(check(rule, conferenceOn(LocalDate.of(2025, 4, 1)).build())).isEmpty();
        assertThat(check(rule, conferenceOn(LocalDate.of(2026, 3, 31)).build())).isEmpty();
    }

    @Test
    void anEnquiryConferenceBeforeTheYearFailsOnTheEnquiry() {
        var problem = onlyProblem(rule, check(rule, conferenceOn(LocalDate.of(2025, 3, 31)).build()),
                CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsEntry("DateOfInitialCPC", "2025-03-31");
    }

    @Test
    void theEpisodeLevelConferenceDateIsNotThisRulesConcern() {
        var child = conferenceOn(LocalDate.of(2025, 4, 1));
        child.episode().dateOfInitialCpc = LocalDate.of(2025, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEnquiryConferenceAfterTheYearFails() {
        var child = conferenceOn(LocalDate.of(2026, 3, 31));
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 1), false,
                        31L)));
        onlyProblem(rule, check(rule, child.build()), CensusModule.SECTION_47, 31L);
    }
}
