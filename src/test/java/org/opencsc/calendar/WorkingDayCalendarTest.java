package org.opencsc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shipped England and Wales calendar, on real holiday periods. */
@IntegrationTest
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;
    @LocalServerPort
    int port;

    @Test
    void christmas2026SkipsTheWeekendAndTheSubstituteBoxingDay() {
        // Thu 24 Dec 2026; Fri 25 Christmas; Sat/Sun; Mon 28 Boxing Day (substitute); Tue 29 is the next working day.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
    }

    @Test
    void easter2025() {
        // Thu 17 Apr 2025 + 1 working day: Good Friday 18, weekend, Easter Monday 21 -> Tue 22 Apr.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void coronation2023() {
        // Fri 5 May 2023 + 1 working day: Mon 8 May was the coronation bank holiday -> Tue 9 May.
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    void fortyFiveWorkingDayAssessmentOverChristmas2025() {
        // Referral Mon 1 Dec 2025: 22 weekdays follow in December, less Christmas and Boxing Day = 20; New Year's
        // Day is a holiday, so Fri 2 Jan is the 21st, January's four full weeks bring 41, and Thu 5 Feb is the 45th.
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2025, 12, 1), 45);
        assertThat(due).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 1), due)).isEqualTo(45);
    }

    @Test
    void aFridayContactIsDueOnMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 0)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theCalendarCoversAtLeastNextYear() {
        assertThat(calendar.coveredUntil()).isAfterOrEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void onlyAnAdministratorCanAddAHolidayAndItCountsAtOnce() {
        String feed = """
                {"england-and-wales": {"division": "england-and-wales",
                  "events": [{"title": "Test one-off bank holiday", "date": "2031-06-13"}]},
                 "scotland": {"division": "scotland", "events": []}}""";
        assertThat(new Api(port, "manager").put("/api/v1/calendar/bank-holidays", feed).status()).isEqualTo(403);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 13))).isTrue();
        Api.Response r = new Api(port, "admin").put("/api/v1/calendar/bank-holidays", feed);
        assertThat(r.status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 13))).isFalse();
        assertThat(calendar.holidays()).extracting(BankHoliday::title).contains("Test one-off bank holiday");
    }

    @Test
    void aWeekendOrMalformedHolidayIsRefusedWithTheField() {
        String feed = """
                {"england-and-wales": {"events": [{"title": "Saturday", "date": "2031-06-14"},
                                                   {"title": "Bad", "date": "2031-13-01"}]}}""";
        Api.Response r = new Api(port, "admin").put("/api/v1/calendar/bank-holidays", feed);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("england-and-wales.events[0].date").contains("england-and-wales.events[1].date");
        assertThat(calendar.holidays()).extracting(BankHoliday::day).doesNotContain(LocalDate.of(2031, 6, 14));
    }

    @Test
    void workingDaysOverTheApi() {
        Api.Response r = new Api(port, "social").get("/api/v1/calendar/working-days?from=2026-12-24&add=1");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("date").asString()).isEqualTo("2026-12-29");
        assertThat(new Api(port, "social").get("/api/v1/calendar/working-days?from=nope").status()).isEqualTo(400);
        assertThat(List.of(calendar.holidays().size())).allMatch(n -> n > 100);
    }
}
