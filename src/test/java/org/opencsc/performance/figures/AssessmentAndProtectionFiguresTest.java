package org.opencsc.performance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.Figures;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assessment and protection figures, each on a dataset of its own team with the answers
 * worked out by hand, in 2025 (bank holidays: Good Friday 18 April, Easter Monday 21 April,
 * 5 May, 26 May).
 */
@IntegrationTest
class AssessmentAndProtectionFiguresTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Figures figures;
    @Autowired
    TestClock clock;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    WorkingDayCalendar calendar;

    private Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(people, users, jdbc);
    }

    private FigureResult compute(String key, FigureData data, LocalDate from, LocalDate to) {
        return figures.byKey(key).orElseThrow().compute(data.query(from, to, clock.today()));
    }

    private static List<String> buckets(FigureResult result) {
        return result.buckets().stream().map(b -> b.key() + ":" + b.count() + "/" + b.met()).toList();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void assessmentsAreInTimeWhenAuthorisedByTheir45thWorkingDayCountedWithoutBankHolidays() {
        FigureData data = new FigureData(jdbc, fixtures, "Assessments");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long x = data.childOfAnotherTeam("Xan");

        // Referred Tuesday 1 April 2025. 45 weekdays on would be Tuesday 3 June, but four bank holidays
        // fall inside (18 and 21 April, 5 and 26 May): the 45th working day is Monday 9 June.
        LocalDate referred = day(4, 1);
        LocalDate due = day(6, 9);
        assertThat(calendar.addWorkingDays(referred, 45)).as("the hand-counted due date").isEqualTo(due);
        long onTheDay = data.assessment(a, referred, due, due);                      // in time: 45 working days
        long dayLate = data.assessment(b, referred, due, day(6, 10));                // late: 46 working days
        data.assessment(c, day(3, 3), day(5, 8), day(5, 1));                         // first day, in time
        data.assessment(d, day(5, 1), day(7, 4), day(7, 31));                        // last day, late
        data.assessment(a, day(3, 1), day(5, 6), day(4, 30));                        // authorised before the period
        data.assessment(b, day(7, 1), day(9, 2), null);                              // not yet authorised
        data.assessment(x, day(4, 1), due, day(6, 20));                              // another team's child

        FigureResult result = compute("assessments-in-time", data, day(5, 1), day(7, 31));

        // Cal (in time), Ada (in time), Ben (late), Dot (late): 2 of 4, 50%.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.met()).isEqualTo(2);
        assertThat(result.share()).isEqualTo(50);
        assertThat(result.rows()).extracting(FigureRow::personId).containsExactly(c, a, b, d);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(true, true, false, false);
        assertThat(result.rows().get(1).sourceId()).isEqualTo(onTheDay);
        assertThat(result.rows().get(1).detail()).isEqualTo("Authorised 45 working days after the referral (due 9 June 2025)");
        assertThat(result.rows().get(2).sourceId()).isEqualTo(dayLate);
        assertThat(result.rows().get(2).detail()).isEqualTo("Authorised 46 working days after the referral (late: due 9 June 2025)");
        // The drill-down of assessments over 45 working days is the rows not met.
        assertThat(result.rows().stream().filter(r -> !r.met())).extracting(FigureRow::personId).containsExactly(b, d);
        assertThat(buckets(result)).containsExactly("2025-05:1/1", "2025-06:2/1", "2025-07:1/0");
    }

    @Test
    void section47sAreCountedOnTheDayTheyStarted() {
        FigureData data = new FigureData(jdbc, fixtures, "Enquiries");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long x = data.childOfAnotherTeam("Xan");
        long first = data.s47(a, day(3, 1), day(3, 21));
        long last = data.s47(b, day(5, 31), day(6, 20));
        data.s47(a, day(2, 28), day(3, 21));   // the day before the period
        data.s47(b, day(6, 1), day(6, 20));    // the day after
        data.s47(x, day(4, 1), day(4, 23));    // another team's child

        FigureResult result = compute("s47s", data, day(3, 1), day(5, 31));

        assertThat(result.count()).isEqualTo(2);
        assertThat(result.rows()).extracting(FigureRow::sourceId).containsExactly(first, last);
        assertThat(result.rows().getFirst().detail()).isEqualTo("Section 47 enquiry: not yet concluded");
        assertThat(buckets(result)).containsExactly("2025-03:1/1", "2025-04:0/0", "2025-05:1/1");
    }

    @Test
    void initialConferencesAreInTimeOnOrBeforeTheEnquirysDueDate() {
        FigureData data = new FigureData(jdbc, fixtures, "Conferences");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long x = data.childOfAnotherTeam("Xan");

        // Strategy discussion Friday 11 April 2025: 15 working days, skipping Good Friday, Easter
        // Monday and 5 May, is Wednesday 7 May.
        LocalDate started = day(4, 11);
        LocalDate due = day(5, 7);
        assertThat(calendar.addWorkingDays(started, 15)).as("the hand-counted due date").isEqualTo(due);
        long onTheDay = data.initialConference(a, data.s47(a, started, due), due, "NEG");      // in time, 15 working days
        long dayLate = data.initialConference(b, data.s47(b, started, due), day(5, 8), null);  // late, 16
        data.initialConference(c, data.s47(c, day(4, 22), day(5, 14)), day(5, 1), null);      // first day, in time
        data.initialConference(d, data.s47(d, day(5, 9), day(5, 30)), day(5, 31), "PHY");     // last day, late
        data.initialConference(d, data.s47(d, day(4, 1), day(4, 23)), day(4, 30), null);      // before the period
        data.initialConference(x, data.s47(x, started, due), due, null);                       // another team's

        FigureResult result = compute("icpcs-in-time", data, day(5, 1), day(5, 31));

        // Cal (in time), Ada (in time), Ben (late), Dot (late): 2 of 4, 50%.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.met()).isEqualTo(2);
        assertThat(result.share()).isEqualTo(50);
        assertThat(result.rows()).extracting(FigureRow::personId).containsExactly(c, a, b, d);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(true, true, false, false);
        assertThat(result.rows().get(1).sourceId()).isEqualTo(onTheDay);
        assertThat(result.rows().get(1).detail()).isEqualTo("Held 15 working days after the strategy discussion (due 7 May 2025)");
        assertThat(result.rows().get(2).sourceId()).isEqualTo(dayLate);
        assertThat(result.rows().get(2).detail()).isEqualTo("Held 16 working days after the strategy discussion (late: due 7 May 2025)");
    }

    @Test
    void openPlansAtThePeriodEndByCategoryTwelveMonthsAndOverTwoYearsWithTheirEdges() {
        FigureData data = new FigureData(jdbc, fixtures, "Open plans");
        LocalDate end = day(6, 10);
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long e = data.child("Eve");
        long f = data.child("Fay");
        long g = data.child("Gus");
        long h = data.child("Hal");
        long x = data.childOfAnotherTeam("Xan");
        long merged = data.mergedChild("Max", a);

        // Ada: on its 2-year day at the period end, so 12 months or more but not over 2 years; started
        // under neglect, emotional abuse since a review in 2024; a review after the period end does not count.
        long ada = data.plan(a, LocalDate.of(2023, 6, 10), null, "NEG", null);
        data.review(ada, a, LocalDate.of(2024, 12, 1), "EMO");
        data.review(ada, a, day(7, 1), "PHY");
        long ben = data.plan(b, LocalDate.of(2023, 6, 9), null, "NEG", null);    // 2 years and a day: over 2 years
        data.plan(c, LocalDate.of(2023, 6, 10), end, "NEG", null);               // ended on its 2-year day, the period end: not open
        long dot = data.plan(d, LocalDate.of(2024, 6, 10), null, "PHY", null);   // its 12-month day: 12 months or more
        long eve = data.plan(e, LocalDate.of(2024, 6, 11), null, "SAB", null);   // a day short of 12 months
        long fay = data.plan(f, day(1, 1), day(6, 11), "NEG", null);             // ended the day after: open at the end
        long gus = data.plan(g, end, null, "MUL", null);                         // started on the last day: open
        data.plan(h, day(6, 11), null, "NEG", null);                             // started after: not open
        data.plan(x, LocalDate.of(2022, 1, 1), null, "NEG", null);               // another team's child
        data.plan(merged, LocalDate.of(2022, 1, 1), null, "NEG", null);          // a merged duplicate

        FigureResult byCategory = compute("cp-plans-by-category", data, day(1, 1), end);

        // Open: Ada (EMO), Ben (NEG), Dot (PHY), Eve (SAB), Fay (NEG), Gus (MUL).
        assertThat(byCategory.count()).isEqualTo(6);
        assertThat(byCategory.share()).isNull();
        assertThat(byCategory.rows()).extracting(FigureRow::sourceId).containsExactly(ben, ada, dot, eve, fay, gus);
        assertThat(byCategory.rowBuckets()).containsExactly("NEG", "EMO", "PHY", "SAB", "NEG", "MUL");
        assertThat(buckets(byCategory)).containsExactly("NEG:2/2", "PHY:1/1", "EMO:1/1", "SAB:1/1", "MUL:1/1");
        assertThat(byCategory.buckets()).extracting(Bucket::label).first().isEqualTo("Neglect");
        assertThat(byCategory.rows().get(1).detail()).isEqualTo("Emotional abuse: plan open since 10 June 2023 (2 years)");

        FigureResult twelveMonths = compute("cp-plans-12-months", data, day(1, 1), end);

        // Ben, Ada and Dot of the 6: 50%.
        assertThat(twelveMonths.count()).isEqualTo(6);
        assertThat(twelveMonths.met()).isEqualTo(3);
        assertThat(twelveMonths.share()).isEqualTo(50);
        assertThat(twelveMonths.rows()).extracting(FigureRow::met).containsExactly(true, true, true, false, false, false);
        assertThat(twelveMonths.rows().get(3).detail()).isEqualTo("Open 11 months 30 days (since 11 June 2024, sexual abuse)");

        FigureResult overTwoYears = compute("cp-plans-over-2-years", data, day(1, 1), end);

        // Ben alone of the 6: 17%.
        assertThat(overTwoYears.count()).isEqualTo(6);
        assertThat(overTwoYears.met()).isEqualTo(1);
        assertThat(overTwoYears.share()).isEqualTo(17);
        assertThat(overTwoYears.rows()).extracting(FigureRow::met).containsExactly(true, false, false, false, false, false);
        assertThat(overTwoYears.rows().getFirst().detail()).isEqualTo("Open 2 years 1 day (since 9 June 2023, neglect)");

        // The day after: Ada is over 2 years too, Fay's plan has ended, and Hal's has started.
        FigureResult dayAfter = compute("cp-plans-over-2-years", data, day(1, 1), day(6, 11));
        assertThat(dayAfter.rows()).extracting(FigureRow::personId).containsExactly(b, a, d, e, g, h);
        assertThat(dayAfter.met()).isEqualTo(2);
    }

    @Test
    void repeatPlansAreSecondOrLaterPlansEverNotOnlyWithinTwoYears() {
        FigureData data = new FigureData(jdbc, fixtures, "Repeat plans");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long e = data.child("Eve");
        long x = data.childOfAnotherTeam("Xan");

        data.plan(a, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 1), "NEG", null);
        long ada = data.plan(a, day(3, 1), null, "NEG", null);                // first day; a plan six years before: repeat
        long ben = data.plan(b, day(5, 31), null, "PHY", null);               // last day; first plan
        long cal = data.plan(c, day(4, 10), null, "EMO", 2);                  // a census file counted 2 earlier plans: repeat
        data.plan(d, LocalDate.of(2024, 6, 1), day(1, 10), "NEG", null);
        long dot = data.plan(d, day(4, 1), null, "NEG", null);                // repeat
        data.plan(e, day(2, 1), day(2, 20), "NEG", null);
        data.plan(e, day(6, 1), null, "NEG", null);                           // after the period
        data.plan(x, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1), "NEG", null);
        data.plan(x, day(4, 1), null, "NEG", null);                           // another team's child

        FigureResult result = compute("repeat-plans", data, day(3, 1), day(5, 31));

        // Ada, Dot and Cal are repeats, Ben is not: 3 of 4, 75%.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.met()).isEqualTo(3);
        assertThat(result.share()).isEqualTo(75);
        assertThat(result.rows()).extracting(FigureRow::sourceId).containsExactly(ada, dot, cal, ben);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(true, true, true, false);
        assertThat(result.rows()).extracting(FigureRow::detail).containsExactly("Plan 2 for the child (1 earlier plan)",
                "Plan 2 for the child (1 earlier plan)", "Plan 3 for the child (2 earlier plans)", "The child’s first plan");
        assertThat(buckets(result)).containsExactly("2025-03:1/1", "2025-04:2/2", "2025-05:1/0");
    }

    @Test
    void reviewsAreDueThreeMonthsAfterTheInitialConferenceThenSixMonthsAfterThePreviousReview() {
        FigureData data = new FigureData(jdbc, fixtures, "Reviews");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long x = data.childOfAnotherTeam("Xan");

        // Ada: initial conference 30 November 2024, first review due 28 February 2025 (3 months on, the
        // month's last day); held 1 March, the first day: late. The next due 6 months after that
        // review, 1 September; held 31 August, the last day: in time.
        long ada = data.plan(a, LocalDate.of(2024, 11, 30), null, "NEG", null);
        long adaFirst = data.review(ada, a, day(3, 1), "NEG");
        long adaSecond = data.review(ada, a, day(8, 31), "NEG");
        // Ben: first review 9 December 2024 (before the period), the next due 9 June 2025, held that day:
        // in time (it would be late against the first review's due date).
        long ben = data.plan(b, LocalDate.of(2024, 9, 10), null, "PHY", null);
        data.review(ben, b, LocalDate.of(2024, 12, 9), "PHY");
        long benSecond = data.review(ben, b, day(6, 9), "PHY");
        // Cal: initial conference 30 April, first review due 30 July, held 31 July ending the plan: late.
        long cal = data.plan(c, day(4, 30), day(7, 31), "EMO", null);
        long calFirst = data.review(cal, c, day(7, 31), null);
        // Another team's child: not counted.
        long xan = data.plan(x, LocalDate.of(2024, 12, 1), null, "NEG", null);
        data.review(xan, x, day(3, 1), "NEG");

        FigureResult result = compute("cp-reviews-in-time", data, day(3, 1), day(8, 31));

        // Ada late, Ben in time, Cal late, Ada in time: 2 of 4, 50%.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.met()).isEqualTo(2);
        assertThat(result.share()).isEqualTo(50);
        assertThat(result.rows()).extracting(FigureRow::sourceId).containsExactly(adaFirst, benSecond, calFirst, adaSecond);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(false, true, false, true);
        assertThat(result.rows()).extracting(FigureRow::detail).containsExactly(
                "First review: late (due 28 February 2025)",
                "Review after the one on 9 December 2024: in time (due 9 June 2025)",
                "First review: late (due 30 July 2025)",
                "Review after the one on 1 March 2025: in time (due 1 September 2025)");
        assertThat(buckets(result)).containsExactly("2025-03:1/0", "2025-04:0/0", "2025-05:0/0", "2025-06:1/1",
                "2025-07:1/0", "2025-08:1/1");
    }
}
