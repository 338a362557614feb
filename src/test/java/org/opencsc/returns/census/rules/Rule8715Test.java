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
    void aConferenceBeforeTheYearFailsOnTheEpisodeAndTheEnquiry() {
        var problems = check(rule, conferenceOn(LocalDate.of(2025, 3, 31)).build());
        assertThat(problems).extracting(CensusProblem::module, CensusProblem::sourceId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CensusModule.CIN_DETAILS, 100L),
                org.assertj.core.groups.Tuple.tuple(CensusModule.SECTION_47, 30L));
        assertThat(fields(problems.get(1))).containsEntry("DateOfInitialCPC", "2025-03-31");
    }

    @Test
    void anEnquiryConferenceAfterTheYearFails() {
        var child = conferenceOn(LocalDate.of(2026, 3, 31));
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 1), false, 31L)));
        onlyProblem(rule, check(rule, child.build()), CensusModule.SECTION_47, 31L);
    }
}
