package org.opencsc.performance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.Figures;
import org.opencsc.performance.Period;
import org.opencsc.person.PersonService;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The children's progress figures, each on a team of its own: plans written and finalised,
 * reviewed and scored (0-10 per outcome) on dates in 2025, asked as at Friday 30 May 2025.
 */
@IntegrationTest
class ProgressFiguresTest {

    private static final LocalDate END = LocalDate.of(2025, 5, 30);
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 6);

    @Autowired
    Figures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    Clock clock;

    private FigureResult compute(String key, long teamId) {
        return figures.byKey(key).orElseThrow()
                .compute(new FigureQuery(new Period(END.minusMonths(6), END), LondonTime.today(clock), List.of(teamId)));
    }

    private static FigureRow row(FigureResult result, long personId) {
        return result.rows().stream().filter(r -> r.personId() == personId).findFirst().orElseThrow();
    }

    private static List<Long> people(FigureResult result) {
        return result.rows().stream().map(FigureRow::personId).toList();
    }

    /** A child in the team with a referral open since long ago, and a child in need plan started then. */
    private static long[] childWithPlan(JourneyRecords records, long team, String given) {
        long child = records.child(given);
        records.allocate(child, team, null, LONG_AGO, null);
        records.referral(child, LONG_AGO, null, null);
        return new long[] {child, records.childPlan(child, null, LONG_AGO, null)};
    }

    @Test
    void progressComparesTheLatestScoresWithTheBaselinesAndNoProgressTheLastTwoReviews() {
        JourneyRecords records = new JourneyRecords(jdbc, new Fixtures(people, users, jdbc), "Progfig");
        long team = records.team();
        long other = records.team();

        // A child protection plan: baselines x 2 and y 4 (average 3); latest scores x 5, y 3 (average 4): rose.
        // Its last two reviews: x 3 -> 5 rose, so it made progress.
        long rising = records.child("Amy");
        records.allocate(rising, team, null, LONG_AGO, null);
        long cp = records.cpPlan(rising, records.referral(rising, LONG_AGO, null, null), LONG_AGO, null);
        long risingPlan = records.childPlan(rising, cp, LONG_AGO, null);
        records.version(risingPlan, 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:2", "y:4"));
        records.review(risingPlan, rising, LocalDate.of(2025, 2, 10), 1, Map.of("x", 3, "y", 4));
        records.review(risingPlan, rising, LocalDate.of(2025, 4, 10), 1, Map.of("x", 5, "y", 3));

        // Baseline 5, scored 5: equal is no rise. One review only, so not in the no-progress figure.
        long[] same = childWithPlan(records, team, "Bo");
        records.version(same[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:5"));
        records.review(same[1], same[0], LocalDate.of(2025, 3, 10), 1, Map.of("x", 5));

        // Outcome z added in version 2 with its own baseline 1, then scored 3; x went 6 -> 5. Averages 3.5 -> 4: rose
        // (x alone would have fallen). The last two reviews share only x, which fell: no progress.
        long[] added = childWithPlan(records, team, "Cas");
        records.version(added[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:6"));
        records.review(added[1], added[0], LocalDate.of(2025, 2, 1), 1, Map.of("x", 6));
        records.version(added[1], 2, LocalDate.of(2025, 3, 1), JourneyRecords.outcomes("x:6", "z:1"));
        records.review(added[1], added[0], LocalDate.of(2025, 4, 1), 2, Map.of("x", 5, "z", 3));

        // w has no baseline: it starts from its first review's 3, and its latest is 5: rose. v has a baseline and no
        // review score at all (one score), so it is in neither average. The last two reviews: w 3 -> 5, progress.
        long[] noBaseline = childWithPlan(records, team, "Dee");
        records.version(noBaseline[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("w:-", "v:7"));
        records.review(noBaseline[1], noBaseline[0], LocalDate.of(2025, 2, 1), 1, Map.of("w", 3));
        records.review(noBaseline[1], noBaseline[0], LocalDate.of(2025, 4, 1), 1, Map.of("w", 5));

        // Baselines 2 and 6 (average 4), then the same scores twice, 4 and 6 (average 5): rose since the baseline,
        // but no outcome rose between the last two reviews: no progress.
        long[] stalled = childWithPlan(records, team, "Eli");
        records.version(stalled[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:2", "y:6"));
        records.review(stalled[1], stalled[0], LocalDate.of(2025, 2, 1), 1, Map.of("x", 4, "y", 6));
        records.review(stalled[1], stalled[0], LocalDate.of(2025, 4, 1), 1, Map.of("x", 4, "y", 6));

        // Three reviews, 1 -> 5 -> 5: the first two rose, the last two did not; it is the last two that count.
        long[] lastTwo = childWithPlan(records, team, "Fox");
        records.version(lastTwo[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:1"));
        records.review(lastTwo[1], lastTwo[0], LocalDate.of(2025, 2, 1), 1, Map.of("x", 1));
        records.review(lastTwo[1], lastTwo[0], LocalDate.of(2025, 3, 1), 1, Map.of("x", 5));
        records.review(lastTwo[1], lastTwo[0], LocalDate.of(2025, 4, 1), 1, Map.of("x", 5));
        // A review after the end (x 9) is not counted, for either figure.
        records.review(lastTwo[1], lastTwo[0], LocalDate.of(2025, 6, 2), 1, Map.of("x", 9));

        // Reviewed only after the end: one score (the baseline) at the end, so not counted.
        long[] reviewedLater = childWithPlan(records, team, "Gus");
        records.version(reviewedLater[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:3"));
        records.review(reviewedLater[1], reviewedLater[0], LocalDate.of(2025, 6, 2), 1, Map.of("x", 8));
        // First finalised after the end: a draft at the end, so not counted.
        long[] draft = childWithPlan(records, team, "Hec");
        records.version(draft[1], 1, LocalDate.of(2025, 6, 1), JourneyRecords.outcomes("x:3"));
        records.review(draft[1], draft[0], LocalDate.of(2025, 2, 1), 1, Map.of("x", 8));
        records.review(draft[1], draft[0], LocalDate.of(2025, 3, 1), 1, Map.of("x", 8));
        // A child in need plan that ended on the last day: not open at the end.
        long ended = records.child("Ina");
        records.allocate(ended, team, null, LONG_AGO, null);
        records.referral(ended, LONG_AGO, null, null);
        long endedPlan = records.childPlan(ended, null, LONG_AGO, END);
        records.version(endedPlan, 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:1"));
        records.review(endedPlan, ended, LocalDate.of(2025, 2, 1), 1, Map.of("x", 4));
        records.review(endedPlan, ended, LocalDate.of(2025, 3, 1), 1, Map.of("x", 4));
        // Held by the other team: counted there, not here.
        long[] elsewhere = childWithPlan(records, other, "Jed");
        records.version(elsewhere[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("x:1"));
        records.review(elsewhere[1], elsewhere[0], LocalDate.of(2025, 2, 1), 1, Map.of("x", 4));
        records.review(elsewhere[1], elsewhere[0], LocalDate.of(2025, 3, 1), 1, Map.of("x", 4));

        FigureResult progress = compute("progress-rising", team);
        assertThat(people(progress)).containsExactlyInAnyOrder(rising, same[0], added[0], noBaseline[0], stalled[0], lastTwo[0]);
        // Amy, Cas, Dee, Eli and Fox rose; Bo stayed at 5.
        assertThat(progress.met()).isEqualTo(5);
        assertThat(row(progress, rising).detail()).isEqualTo("Child protection plan: average score 3.0 at baseline, 4.0 at the"
                + " review of 10 April 2025 (2 outcomes)");
        assertThat(row(progress, rising).sourceId()).isEqualTo(risingPlan);
        assertThat(row(progress, same[0]).met()).isFalse();
        assertThat(row(progress, added[0]).met()).isTrue();
        assertThat(row(progress, added[0]).detail()).contains("3.5 at baseline, 4.0");
        assertThat(row(progress, noBaseline[0]).detail()).contains("3.0 at baseline, 5.0").contains("(1 outcome)");
        // Fox's latest score is the one of 1 April, not the 9 of 2 June.
        assertThat(row(progress, lastTwo[0]).date()).isEqualTo(LocalDate.of(2025, 4, 1));

        FigureResult noProgress = compute("no-progress", team);
        // Two reviews by the end: Amy, Cas, Dee, Eli, Fox; no rise over the last two for Cas, Eli and Fox.
        assertThat(people(noProgress)).containsExactlyInAnyOrder(rising, added[0], noBaseline[0], stalled[0], lastTwo[0]);
        assertThat(noProgress.met()).isEqualTo(3);
        assertThat(row(noProgress, rising).met()).isFalse();
        assertThat(row(noProgress, added[0]).met()).isTrue();
        assertThat(row(noProgress, added[0]).detail()).contains("(0 the same, 1 lower)");
        assertThat(row(noProgress, stalled[0]).detail()).isEqualTo("Child in need plan: No outcome rose between the reviews of"
                + " 1 February 2025 and 1 April 2025 (2 the same, 0 lower)");
        assertThat(row(noProgress, lastTwo[0]).met()).isTrue();
        assertThat(figures.byKey("no-progress").orElseThrow().higherIsBetter()).isFalse();

        // The other team's child rose 1 -> 4 and then stood still.
        assertThat(people(compute("progress-rising", other))).containsExactly(elsewhere[0]);
        assertThat(compute("no-progress", other).met()).isEqualTo(1);
    }

    @Test
    void overdueActionsAreDueBeforeTheEndAndNotDoneByIt() {
        JourneyRecords records = new JourneyRecords(jdbc, new Fixtures(people, users, jdbc), "Actfig");
        long team = records.team();

        // Due the day before the end, not done: overdue.
        long[] late = childWithPlan(records, team, "Kit");
        records.version(late[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.actions("a1:2025-05-29:-", "a2:2025-07-01:-"));
        // Due on the last day: not yet overdue.
        long[] dueOnEnd = childWithPlan(records, team, "Lou");
        records.version(dueOnEnd[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.actions("a1:2025-05-30:-"));
        // Done at a review, and done by the date written into the plan, both before the end: nothing overdue.
        long[] done = childWithPlan(records, team, "Max");
        records.version(done[1], 1, LocalDate.of(2025, 1, 10),
                JourneyRecords.actions("a1:2025-05-01:-", "a2:2025-05-10:2025-05-12"));
        records.actionDone(done[1], "a1", LocalDate.of(2025, 5, 20));
        // Marked done only after the end: it was overdue at the end.
        long[] doneLater = childWithPlan(records, team, "Ned");
        records.version(doneLater[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.actions("a1:2025-05-01:-"));
        records.actionDone(doneLater[1], "a1", LocalDate.of(2025, 6, 3));
        // No actions at all: counted, not overdue.
        long[] none = childWithPlan(records, team, "Oz");
        records.version(none[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.outcomes("o1:3"));
        // Version 2, after the end, brought the date forward; at the end the plan read as version 1: not overdue.
        long[] rewritten = childWithPlan(records, team, "Pip");
        records.version(rewritten[1], 1, LocalDate.of(2025, 1, 10), JourneyRecords.actions("a1:2025-07-01:-"));
        records.version(rewritten[1], 2, LocalDate.of(2025, 6, 5), JourneyRecords.actions("a1:2025-05-01:-"));

        FigureResult result = compute("overdue-actions", team);
        assertThat(people(result)).containsExactlyInAnyOrder(late[0], dueOnEnd[0], done[0], doneLater[0], none[0], rewritten[0]);
        // Kit and Ned.
        assertThat(result.met()).isEqualTo(2);
        assertThat(result.share()).isEqualTo(33);
        assertThat(row(result, late[0]).detail()).isEqualTo("Child in need plan: 1 action overdue, the first due 29 May 2025"
                + " (Action a1)");
        assertThat(row(result, late[0]).date()).isEqualTo(LocalDate.of(2025, 5, 29));
        assertThat(row(result, dueOnEnd[0]).met()).isFalse();
        assertThat(row(result, done[0]).met()).isFalse();
        assertThat(row(result, doneLater[0]).met()).isTrue();
        assertThat(row(result, none[0]).detail()).isEqualTo("Child in need plan: no action overdue");
        assertThat(row(result, rewritten[0]).met()).isFalse();
    }
}
