package org.opencsc.performance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.Figures;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visits and oversight figures, each on a team of its own with records dated in May 2025
 * (bank holidays on Monday 5 and Monday 26 May). The default frequencies: a child on a child
 * protection plan every 10 working days, a child in need every 20; supervision every 28 days,
 * 14 for a newly qualified worker.
 */
@IntegrationTest
class VisitsAndOversightFiguresTest {

    /** Friday 30 May 2025: the period the figures are asked for ends here. */
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
        return compute(key, new FigureQuery(new Period(END.minusMonths(3), END), LondonTime.today(clock), List.of(teamId)));
    }

    private FigureResult compute(String key, FigureQuery query) {
        return figures.byKey(key).orElseThrow().compute(query);
    }

    private static FigureRow row(FigureResult result, long personId) {
        return result.rows().stream().filter(r -> r.personId() == personId).findFirst().orElseThrow();
    }

    private static List<Long> people(FigureResult result) {
        return result.rows().stream().map(FigureRow::personId).toList();
    }

    /** A child on a plan in the team, with an open referral allocated to the worker. */
    private long onCpPlan(JourneyRecords records, long team, long worker, String given, LocalDate planStart) {
        long child = records.child(given);
        records.allocate(child, team, worker, LONG_AGO, null);
        long referral = records.referral(child, LONG_AGO, worker, null);
        records.cpPlan(child, referral, planStart, null);
        return child;
    }

    @Test
    void visitsInTimeCountTheDueDayAsInTimeAndSkipBankHolidaysAndVisitsWhereTheChildWasNotSeen() {
        JourneyRecords records = new JourneyRecords(jdbc, new Fixtures(people, users, jdbc), "Visitfig");
        long team = records.team();
        long other = records.team();
        long worker = records.worker("Wren", false, LONG_AGO);

        // Seen Thursday 15 May: 10 working days on, skipping Monday 26 May, is Friday 30 May, the end: in time.
        long onDueDay = onCpPlan(records, team, worker, "Ada", LocalDate.of(2025, 3, 3));
        records.visit(onDueDay, LocalDate.of(2025, 5, 15), true, true);
        // Seen Wednesday 14 May: due Thursday 29 May, the day before the end: overdue.
        long dayLate = onCpPlan(records, team, worker, "Ben", LocalDate.of(2025, 3, 3));
        records.visit(dayLate, LocalDate.of(2025, 5, 14), true, false);
        // Visited on 28 May but not seen: the clock runs from 1 May, when they were, so due 16 May: overdue.
        long notSeen = onCpPlan(records, team, worker, "Cy", LocalDate.of(2025, 3, 3));
        records.visit(notSeen, LocalDate.of(2025, 5, 1), true, true);
        records.visit(notSeen, LocalDate.of(2025, 5, 28), false, false);
        // Never seen; the plan started Tuesday 20 May, so the first visit is due Wednesday 4 June: in time.
        long newPlan = onCpPlan(records, team, worker, "Di", LocalDate.of(2025, 5, 20));
        // Seen Friday 9 May (due Friday 23 May: overdue at the end); a visit after the end does not count.
        long seenAfter = onCpPlan(records, team, worker, "Ed", LocalDate.of(2025, 3, 3));
        records.visit(seenAfter, LocalDate.of(2025, 5, 9), true, false);
        records.visit(seenAfter, LocalDate.of(2025, 6, 2), true, true);
        // A plan that ended on the last day, with its referral closed that day: open at neither figure.
        long ended = records.child("Flo");
        records.allocate(ended, team, worker, LONG_AGO, null);
        records.cpPlan(ended, records.referral(ended, LONG_AGO, worker, END), LocalDate.of(2025, 3, 3), END);
        // Moved to the other team the day before the end: not this team's at the end.
        long moved = records.child("Gil");
        records.allocate(moved, team, worker, LONG_AGO, END.minusDays(1));
        records.allocate(moved, other, worker, END, null);
        records.cpPlan(moved, records.referral(moved, LONG_AGO, worker, null), LocalDate.of(2025, 3, 3), null);

        // Children in need: a referral open and allocated, no plan. Seen 1 May: 20 working days on, skipping
        // 5 and 26 May, is Monday 2 June: in time.
        long inNeed = records.child("Hal");
        records.allocate(inNeed, team, worker, LONG_AGO, null);
        records.referral(inNeed, LocalDate.of(2025, 4, 1), worker, null);
        records.visit(inNeed, LocalDate.of(2025, 5, 1), true, true);
        // Never seen since the referral of Monday 3 March: due Monday 31 March (no bank holiday): overdue.
        long neverSeen = records.child("Ivy");
        records.allocate(neverSeen, team, worker, LONG_AGO, null);
        records.referral(neverSeen, LocalDate.of(2025, 3, 3), worker, null);
        // A referral nobody is allocated: not visited under the rule, so in neither figure.
        long unallocated = records.child("Jo");
        records.allocate(unallocated, team, null, LONG_AGO, null);
        records.referral(unallocated, LocalDate.of(2025, 4, 1), null, null);

        FigureResult cp = compute("cp-visits-in-time", team);
        // Ada, Ben, Cy, Di and Ed are on plans open at the end; Ada and Di were in time.
        assertThat(people(cp)).containsExactlyInAnyOrder(onDueDay, dayLate, notSeen, newPlan, seenAfter);
        assertThat(cp.met()).isEqualTo(2);
        assertThat(cp.share()).isEqualTo(40);
        assertThat(row(cp, onDueDay).met()).isTrue();
        assertThat(row(cp, onDueDay).date()).isEqualTo(END);
        assertThat(row(cp, dayLate).met()).isFalse();
        assertThat(row(cp, dayLate).detail()).contains("was due 29 May 2025: overdue");
        assertThat(row(cp, notSeen).date()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(row(cp, newPlan).met()).isTrue();
        assertThat(row(cp, newPlan).detail()).startsWith("Not seen since the plan started on 20 May 2025");
        assertThat(row(cp, seenAfter).met()).isFalse();

        FigureResult cin = compute("cin-visits-in-time", team);
        // Hal and Ivy; the children on plans count in the other figure, though their referrals are open too.
        assertThat(people(cin)).containsExactlyInAnyOrder(inNeed, neverSeen);
        assertThat(row(cin, inNeed).met()).isTrue();
        assertThat(row(cin, inNeed).date()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(row(cin, neverSeen).met()).isFalse();
        assertThat(row(cin, neverSeen).date()).isEqualTo(LocalDate.of(2025, 3, 31));

        FigureResult alone = compute("seen-alone", team);
        // Seen at some visit on or before the end: Ada (alone), Ben (not), Cy (alone on 1 May: the visit of 28 May
        // did not see them), Ed (not alone on 9 May: alone only after the end) and Hal (alone). Di and Ivy were never seen.
        assertThat(people(alone)).containsExactlyInAnyOrder(onDueDay, dayLate, notSeen, seenAfter, inNeed);
        assertThat(alone.met()).isEqualTo(3);
        assertThat(row(alone, notSeen).met()).isTrue();
        assertThat(row(alone, notSeen).date()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(row(alone, seenAfter).met()).isFalse();

        // The other team holds Gil at the end: their plan counts there, and they were never seen since 3 March.
        FigureResult otherTeam = compute("cp-visits-in-time", other);
        assertThat(people(otherTeam)).containsExactly(moved);
        assertThat(otherTeam.met()).isZero();
        // The whole council counts both teams' children.
        FigureResult council = compute("cp-visits-in-time", FigureQuery.council(new Period(END.minusMonths(3), END),
                LondonTime.today(clock)));
        assertThat(people(council)).contains(onDueDay, dayLate, notSeen, newPlan, seenAfter, moved).doesNotContain(ended);
    }

    @Test
    void supervisionInTimeCountsTheChildrenOfWorkersSupervisedByTheirDueDay() {
        JourneyRecords records = new JourneyRecords(jdbc, new Fixtures(people, users, jdbc), "Superfig");
        long team = records.team();
        long manager = records.worker("Mags", false, LONG_AGO);
        // Supervised Friday 2 May: 28 days on is 30 May, the end: in time.
        long onDueDay = records.worker("Una", false, LONG_AGO);
        records.supervision(onDueDay, manager, LocalDate.of(2025, 4, 4));
        records.supervision(onDueDay, manager, LocalDate.of(2025, 5, 2));
        // Newly qualified, supervised 15 May: due 14 days on, 29 May: overdue (a qualified worker would be in time).
        long newlyQualified = records.worker("Vic", true, LONG_AGO);
        records.supervision(newlyQualified, manager, LocalDate.of(2025, 5, 15));
        // Never supervised, started 10 May: due 28 days after starting, 7 June: in time.
        long starter = records.worker("Wes", false, LocalDate.of(2025, 5, 10));
        // Supervised only after the end; started in January: due 3 February, long overdue at the end.
        long lateOnly = records.worker("Xan", false, LONG_AGO);
        records.supervision(lateOnly, manager, LocalDate.of(2025, 6, 2));
        // Flagged newly qualified but started 1 March 2024: the year ended 28 February 2025, before the end, so 28 days
        // from 15 May, due 12 June: in time (by the raw flag, 14 days: overdue).
        long lapsed = records.worker("Yan", true, LocalDate.of(2024, 3, 1));
        records.supervision(lapsed, manager, LocalDate.of(2025, 5, 15));

        long a = records.child("Ali");
        records.allocate(a, team, onDueDay, LONG_AGO, null);
        long b = records.child("Bea");
        records.allocate(b, team, newlyQualified, LONG_AGO, null);
        long c = records.child("Cal");
        records.allocate(c, team, newlyQualified, LONG_AGO, null);
        long d = records.child("Dot");
        records.allocate(d, team, starter, LocalDate.of(2025, 5, 12), null);
        long e = records.child("Eve");
        records.allocate(e, team, lateOnly, LONG_AGO, null);
        // Allocated to the team but to no worker: no worker to supervise.
        long f = records.child("Fay");
        records.allocate(f, team, null, LONG_AGO, null);
        // Moved from the overdue worker to the one in time on 20 May: counted with their worker at the end.
        long g = records.child("Guy");
        records.allocate(g, team, lateOnly, LONG_AGO, LocalDate.of(2025, 5, 19));
        records.allocate(g, team, onDueDay, LocalDate.of(2025, 5, 20), null);
        long h = records.child("Hal");
        records.allocate(h, team, lapsed, LONG_AGO, null);

        FigureResult result = compute("supervision-in-time", team);
        // Ali, Guy (Una), Dot (Wes) and Hal (Yan) are in time; Bea and Cal (Vic) and Eve (Xan) are not: 4 of 7 is 57%.
        assertThat(people(result)).containsExactlyInAnyOrder(a, b, c, d, e, g, h);
        assertThat(result.met()).isEqualTo(4);
        assertThat(result.share()).isEqualTo(57);
        assertThat(row(result, h).met()).isTrue();
        assertThat(row(result, h).detail()).doesNotContain("newly qualified").contains("due 12 June 2025");
        assertThat(row(result, a).met()).isTrue();
        assertThat(row(result, a).date()).isEqualTo(END);
        assertThat(row(result, b).met()).isFalse();
        assertThat(row(result, b).detail()).contains("(newly qualified)").contains("was due 29 May 2025: overdue");
        assertThat(row(result, d).met()).isTrue();
        assertThat(row(result, d).detail()).contains("not supervised");
        assertThat(row(result, e).date()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(row(result, g).met()).isTrue();
    }

    @Test
    void oversightLastMonthTakesTheLondonDateOfTheEntryAndTheMonthUpToTheEnd() {
        JourneyRecords records = new JourneyRecords(jdbc, new Fixtures(people, users, jdbc), "Overfig");
        long team = records.team();
        long worker = records.worker("Orla", false, LONG_AGO);
        long manager = records.worker("Mona", false, LONG_AGO);
        // The period ends Saturday 31 May: the month up to it is 1 to 31 May.
        LocalDate end = LocalDate.of(2025, 5, 31);

        // 00:30 on 1 May in London is still 30 April in UTC: it is in the month.
        long justIn = records.child("Ann");
        // 22:30 on 30 April in London: the day before the month.
        long justOut = records.child("Bob");
        // 00:15 on 1 June in London (31 May in UTC): after the end, so not counted, and nothing before it.
        long after = records.child("Col");
        long never = records.child("Dan");
        // An unallocated referral and a referral closed on the last day are not open, allocated cases.
        long unallocated = records.child("Eli");
        long closed = records.child("Fin");
        for (long child : List.of(justIn, justOut, after, never, unallocated, closed)) {
            records.allocate(child, team, child == unallocated ? null : worker, LONG_AGO, null);
            records.referral(child, LONG_AGO, child == unallocated ? null : worker, child == closed ? end : null);
        }
        records.oversight(justIn, manager, LocalDateTime.of(2025, 3, 3, 10, 0));
        records.oversight(justIn, manager, LocalDateTime.of(2025, 5, 1, 0, 30));
        records.oversight(justOut, manager, LocalDateTime.of(2025, 4, 30, 22, 30));
        records.oversight(after, manager, LocalDateTime.of(2025, 6, 1, 0, 15));
        records.oversight(unallocated, manager, LocalDateTime.of(2025, 5, 20, 10, 0));
        records.oversight(closed, manager, LocalDateTime.of(2025, 5, 20, 10, 0));

        FigureResult result = compute("oversight-last-month",
                new FigureQuery(new Period(LocalDate.of(2025, 3, 1), end), LondonTime.today(clock), List.of(team)));
        assertThat(people(result)).containsExactlyInAnyOrder(justIn, justOut, after, never);
        assertThat(result.met()).isEqualTo(1);
        assertThat(row(result, justIn).met()).isTrue();
        assertThat(row(result, justIn).date()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(row(result, justOut).met()).isFalse();
        assertThat(row(result, justOut).date()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(row(result, after).met()).isFalse();
        assertThat(row(result, after).detail()).startsWith("No management oversight recorded");
        assertThat(row(result, never).sourceId()).isNull();
    }
}
