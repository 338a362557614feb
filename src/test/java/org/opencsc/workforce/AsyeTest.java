package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule for "newly qualified now", and the caseload limit that follows from it. */
class AsyeTest {

    private static final LocalDate QUALIFIED = LocalDate.of(2025, 7, 15);
    private static final LocalDate STARTED = LocalDate.of(2025, 9, 1);

    @Test
    void theYearRunsFromTheLaterOfQualifyingAndStartingToTheDayBeforeItsAnniversary() {
        assertThat(Asye.newlyQualifiedOn(true, QUALIFIED, STARTED, LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(Asye.newlyQualifiedOn(true, QUALIFIED, STARTED, LocalDate.of(2026, 8, 31))).isTrue();
        // A year after starting (not after qualifying, which was earlier) they are no longer newly qualified, flag or not.
        assertThat(Asye.newlyQualifiedOn(true, QUALIFIED, STARTED, LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(Asye.lastDay(true, QUALIFIED, STARTED)).isEqualTo(LocalDate.of(2026, 8, 31));
        // Qualifying after starting (a worker who started as unqualified staff) starts the year then.
        assertThat(Asye.newlyQualifiedOn(true, LocalDate.of(2025, 12, 1), STARTED, LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(Asye.newlyQualifiedOn(true, LocalDate.of(2025, 12, 1), STARTED, LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void withoutTheFlagNobodyIsNewlyQualifiedAndWithoutDatesTheFlagIsBelieved() {
        assertThat(Asye.newlyQualifiedOn(false, QUALIFIED, STARTED, LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(Asye.newlyQualifiedOn(true, null, null, LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(Asye.lastDay(true, null, null)).isNull();
    }

    @Test
    void theLimitIsTheWorkersOwnElseTheCouncilsProtectedInTheAsyeAndProRata() {
        CaseloadLimits limits = new CaseloadLimits(18, 12);
        assertThat(limits.limitFor(null, false, new BigDecimal("1.00"))).isEqualTo(18);
        assertThat(limits.limitFor(null, true, new BigDecimal("1.00"))).isEqualTo(12);
        // 18 x 0.5 = 9; 12 x 0.8 = 9.6, rounded down to 9; 18 x 0.01 = 0.18, at least 1.
        assertThat(limits.limitFor(null, false, new BigDecimal("0.50"))).isEqualTo(9);
        assertThat(limits.limitFor(null, true, new BigDecimal("0.80"))).isEqualTo(9);
        assertThat(limits.limitFor(null, false, new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(limits.limitFor(20, true, new BigDecimal("0.50"))).as("their own limit as set").isEqualTo(20);
    }
}
