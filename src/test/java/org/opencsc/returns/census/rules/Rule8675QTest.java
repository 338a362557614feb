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

class Rule8675QTest {

    private final Rule8675Q rule = new Rule8675Q();

    private static CensusSamples.ChildBuilder enquiry(LocalDate start, Boolean icpcNotRequired) {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(
                new Section47(start, start.plusDays(21), null, icpcNotRequired, 30L)));
        return child;
    }

    @Test
    void startedExactly15WorkingDaysBeforeTheReferenceDatePasses() {
        // 15 working days before Tuesday 31 March 2026 is Tuesday 10 March 2026
        assertThat(check(rule, enquiry(LocalDate.of(2026, 3, 10), false).build())).isEmpty();
    }

    @Test
    void startedTheWorkingDayBeforeThatFails() {
        var problem = onlyProblem(rule, check(rule, enquiry(LocalDate.of(2026, 3, 9), false).build()),
                CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsEntry("S47ActualStartDate", "2026-03-09")
                .containsEntry("DateOfInitialCPC", "").containsEntry("ICPCnotRequired", "false");
    }

    @Test
    void anEnquiryNeedingNoConferencePasses() {
        assertThat(check(rule, enquiry(LocalDate.of(2025, 9, 1), true).build())).isEmpty();
    }

    @Test
    void anEnquiryWithAConferencePasses() {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(new Section47(LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 19), false, 30L)));
        assertThat(check(rule, child.build())).isEmpty();
    }
}
