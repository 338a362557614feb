package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusMessage;

class Rule8670QTest {

    private final Rule8670Q rule = new Rule8670Q();

    private static CensusSamples.ChildBuilder openAssessmentFrom(LocalDate start) {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(new Assessment(start, null, null, List.of(), 11L)));
        return child;
    }

    @Test
    void startedExactly45WorkingDaysBeforeTheReferenceDatePasses() {
        // 45 working days before Tuesday 31 March 2026 is Tuesday 27 January 2026
        assertThat(check(rule, openAssessmentFrom(LocalDate.of(2026, 1, 27)).build())).isEmpty();
    }

    @Test
    void startedTheWorkingDayBeforeThatFails() {
        var problem = onlyProblem(rule, check(rule, openAssessmentFrom(LocalDate.of(2026, 1, 26)).build()),
                CensusModule.ASSESSMENTS, 11L);
        assertThat(fields(problem)).containsEntry("AssessmentActualStartDate", "2026-01-26");
    }

    @Test
    void bankHolidaysAreNotWorkingDays() {
        var calendarWithAnExtraHoliday = new WorkingDays(Set.of(LocalDate.of(2026, 3, 2)));
        var message = new CensusMessage(CensusSamples.header().build(),
                List.of(openAssessmentFrom(LocalDate.of(2026, 1, 26)).build()));
        // with 2 March a holiday, the 45th working day back is Monday 26 January: on the limit
        assertThat(new CensusValidator(List.of(rule)).validate(message, CensusSamples.YEAR, calendarWithAnExtraHoliday))
                .isEmpty();
    }

    @Test
    void anAuthorisedAssessmentPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
