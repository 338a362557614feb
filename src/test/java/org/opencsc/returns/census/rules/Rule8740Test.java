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

class Rule8740Test {

    private final Rule8740 rule = new Rule8740();

    private static CensusSamples.ChildBuilder enquiry(LocalDate start, LocalDate conference, Boolean notRequired) {
        var child = child();
        child.episode().cinReferralDate = LocalDate.of(2025, 3, 3);
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(start, LocalDate.of(2025, 4, 22), conference, notRequired, 30L)));
        return child;
    }

    @Test
    void anEnquiryAwaitingItsConferenceStartedOnTheFirstDayOfTheYearPasses() {
        assertThat(check(rule, enquiry(LocalDate.of(2025, 4, 1), null, false).build())).isEmpty();
    }

    @Test
    void anEnquiryAwaitingItsConferenceStartedBeforeTheYearFails() {
        var problem = onlyProblem(rule, check(rule, enquiry(LocalDate.of(2025, 3, 31), null, false).build()),
                CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsEntry("S47ActualStartDate", "2025-03-31")
                .containsEntry("ICPCnotRequired", "false");
    }

    @Test
    void anEnquiryStartedBeforeTheYearWhoseConferenceWasHeldPasses() {
        assertThat(check(rule, enquiry(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 17), false).build())).isEmpty();
    }

    @Test
    void anEnquiryStartedBeforeTheYearNeedingNoConferencePasses() {
        assertThat(check(rule, enquiry(LocalDate.of(2025, 3, 31), null, true).build())).isEmpty();
    }
}
