package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CensusDatesTest {

    @Test
    void countingBackSkipsWeekendsAndBankHolidays() {
        // Tuesday 22 April 2025, after the Easter Monday and Good Friday bank holidays
        assertThat(CensusDates.workingDaysBefore(CensusSamples.WORKING_DAYS, LocalDate.of(2025, 4, 22), 1))
                .isEqualTo(LocalDate.of(2025, 4, 17));
    }

    @Test
    void oneWorkingDayBeforeAWeekendDayIsTheFridayBefore() {
        assertThat(CensusDates.workingDaysBefore(CensusSamples.WORKING_DAYS, LocalDate.of(2026, 3, 29), 1))
                .isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void comparisonsWithAMissingDateAreFalse() {
        assertThat(CensusDates.after(null, LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(CensusDates.before(LocalDate.of(2026, 3, 31), null)).isFalse();
    }
}
