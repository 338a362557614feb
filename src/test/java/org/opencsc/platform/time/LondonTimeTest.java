package org.opencsc.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.platform.validation.Problems;

/** The record's rules for time, on fixed clocks in zones far from London (the server's zone must not matter). */
class LondonTimeTest {

    /** 00:30 on 1 July 2026 in London: still 30 June in UTC and in Etc/GMT+12. */
    static final Instant HALF_PAST_MIDNIGHT_IN_SUMMER = Instant.parse("2026-06-30T23:30:00Z");

    static Clock at(Instant instant, String zone) {
        return Clock.fixed(instant, ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "UTC", "Pacific/Kiritimati", "Etc/GMT+12"})
    void todayIsLondonsWhateverTheClocksZone(String zone) {
        assertThat(LondonTime.today(at(HALF_PAST_MIDNIGHT_IN_SUMMER, zone))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "UTC", "Pacific/Kiritimati"})
    void aDateOnlyEntryForTodaySitsNowAndOneForAnEarlierDayAtMidday(String zone) {
        Clock clock = at(HALF_PAST_MIDNIGHT_IN_SUMMER, zone);
        assertThat(LondonTime.placeDate(LocalDate.of(2026, 7, 1), clock)).isEqualTo(HALF_PAST_MIDNIGHT_IN_SUMMER);
        assertThat(LondonTime.placeDate(LocalDate.of(2026, 6, 30), clock)).isEqualTo(Instant.parse("2026-06-30T11:00:00Z"));
        assertThat(LondonTime.placeDate(LocalDate.of(2026, 7, 2), clock)).as("tomorrow stays in the future, to be refused")
                .isAfter(HALF_PAST_MIDNIGHT_IN_SUMMER);
    }

    @Test
    void onTheDaysTheClocksChangeMiddayIsStillMidday() {
        Clock later = at(Instant.parse("2027-03-29T09:00:00Z"), "UTC");
        assertThat(LondonTime.placeDate(LocalDate.of(2027, 3, 28), later)).isEqualTo(Instant.parse("2027-03-28T11:00:00Z"));
        assertThat(LondonTime.placeDate(LocalDate.of(2026, 10, 25), later)).isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
    }

    @Test
    void aTimeTheClocksSkippedIsRefusedAndOneThatHappenedTwiceIsTheFirst() {
        Problems problems = new Problems();
        assertThat(LondonTime.at(LocalDate.of(2027, 3, 28), LocalTime.of(1, 30), "time", problems)).isNull();
        assertThat(problems.messageFor("time")).hasValue("There was no 01:30 on 28 March 2027: the clocks went forward from 1am to 2am");
        assertThat(LondonTime.at(LocalDate.of(2027, 3, 28), LocalTime.of(2, 0))).hasValue(Instant.parse("2027-03-28T01:00:00Z"));
        assertThat(LondonTime.at(LocalDate.of(2026, 10, 25), LocalTime.of(1, 30))).hasValue(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(LondonTime.at(LocalDate.of(2026, 10, 25), LocalTime.of(2, 0))).hasValue(Instant.parse("2026-10-25T02:00:00Z"));
    }
}
