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

class Rule8615Test {

    private final Rule8615 rule = new Rule8615();

    private static CensusSamples.ChildBuilder enquiry(LocalDate start, LocalDate conference) {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(start, LocalDate.of(2025, 7, 1), conference, false, 30L)));
        return child;
    }

    @Test
    void aConferenceOnTheDayTheEnquiryStartedPasses() {
        assertThat(check(rule, enquiry(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10)).build())).isEmpty();
    }

    @Test
    void aConferenceBeforeTheEnquiryStartedFails() {
        var child = enquiry(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 9));
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsEntry("S47ActualStartDate", "2025-06-10")
                .containsEntry("DateOfInitialCPC", "2025-06-09");
    }

    @Test
    void aConferenceWithoutAnEnquiryStartFails() {
        var problem = onlyProblem(rule, check(rule, enquiry(null, LocalDate.of(2025, 6, 9)).build()),
                CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsEntry("S47ActualStartDate", "");
    }

    @Test
    void noConferenceYetPasses() {
        assertThat(check(rule, enquiry(null, null).build())).isEmpty();
    }
}
