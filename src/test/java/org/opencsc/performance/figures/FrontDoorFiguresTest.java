package org.opencsc.performance.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.performance.figures.FigureData.london;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The front door's figures, each on a dataset of its own team with the answers worked out by hand.
 * The period is spring 2025 (1 March to 31 May: GMT at the start, BST at the end), long past
 * whatever the clock says, so London dates near midnight decide what is in it.
 */
@IntegrationTest
class FrontDoorFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 5, 31);

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

    private Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(people, users, jdbc);
    }

    private FigureResult compute(String key, FigureData data) {
        return figures.byKey(key).orElseThrow().compute(data.query(FROM, TO, clock.today()));
    }

    private static List<String> buckets(FigureResult result) {
        return result.buckets().stream().map(b -> b.key() + ":" + b.count() + "/" + b.met()).toList();
    }

    @Test
    void contactsAreCountedPerChildOnTheirLondonDateOfReceipt() {
        FigureData data = new FigureData(jdbc, fixtures, "Contacts");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long x = data.childOfAnotherTeam("Xan");
        long merged = data.mergedChild("Max", a);
        long late = data.child("Lou");
        // Lou is the team's only from 15 April: held by another team before.
        jdbc.sql("UPDATE allocation SET start_date = '2025-04-15' WHERE person_id = :id").param("id", late).update();

        long first = data.contact(london(2025, 3, 1, 0, 30), LocalDate.of(2025, 3, 3), a, b); // first day, two children: 2
        long last = data.contact(london(2025, 5, 31, 23, 30), LocalDate.of(2025, 6, 2), c);   // last day (BST): 1
        data.contact(london(2025, 2, 28, 23, 59), LocalDate.of(2025, 3, 3), a);               // the day before: 0
        data.contact(london(2025, 6, 1, 0, 10), LocalDate.of(2025, 6, 2), a);                 // 31 May in UTC, 1 June in London: 0
        data.contact(london(2025, 4, 10, 12, 0), LocalDate.of(2025, 4, 11), x);               // another team's child: 0
        data.contact(london(2025, 4, 10, 12, 0), LocalDate.of(2025, 4, 11), merged);          // a merged duplicate: 0
        data.contact(london(2025, 4, 1, 12, 0), LocalDate.of(2025, 4, 2), late);              // before Lou was the team's: 0
        long lou = data.contact(london(2025, 4, 20, 12, 0), LocalDate.of(2025, 4, 22), late); // after: 1

        FigureResult result = compute("contacts", data);

        // Ada and Ben on 1 March, Lou on 20 April, Cal on 31 May.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.share()).isNull();
        assertThat(result.rows()).extracting(FigureRow::personId).containsExactly(a, b, late, c);
        assertThat(result.rows()).extracting(FigureRow::sourceId).containsExactly(first, first, lou, last);
        assertThat(result.rows()).extracting(FigureRow::date).containsExactly(FROM, FROM, LocalDate.of(2025, 4, 20), TO);
        assertThat(result.rows().getFirst().detail()).isEqualTo("Contact from source 1A");
        assertThat(buckets(result)).containsExactly("2025-03:2/2", "2025-04:1/1", "2025-05:1/1");
        assertThat(result.buckets()).extracting(Bucket::label).containsExactly("Mar 2025", "Apr 2025", "May 2025");
    }

    @Test
    void decisionsAreInTimeOnOrBeforeTheDueDateWithBankHolidaysNotWorkingDays() {
        FigureData data = new FigureData(jdbc, fixtures, "Decisions");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long e = data.child("Eve");
        long x = data.childOfAnotherTeam("Xan");

        // Received Friday 2 May 2025; Monday 5 May is the Early May bank holiday, so due Tuesday 6 May.
        // Decided on the 6th: in time, for both children.
        long siblings = data.contact(london(2025, 5, 2, 15, 0), LocalDate.of(2025, 5, 6), a, b);
        data.decide(siblings, "NO_FURTHER_ACTION", london(2025, 5, 6, 10, 0));
        // Received Thursday 1 May, due Friday 2 May, decided Wednesday 7 May: late by Tuesday 6 and
        // Wednesday 7 (the bank holiday between does not count): 2 working days.
        long lateOne = data.contact(london(2025, 5, 1, 9, 0), LocalDate.of(2025, 5, 2), c);
        data.decide(lateOne, "REFERRAL", london(2025, 5, 7, 16, 0));
        // Decided 00:20 on 1 March (first day of the period), due Monday 3 March: in time.
        long first = data.contact(london(2025, 2, 28, 17, 0), LocalDate.of(2025, 3, 3), d);
        data.decide(first, "EARLY_HELP", london(2025, 3, 1, 0, 20));
        // Decided 23:30 BST on Saturday 31 May (last day), due Friday 30 May: late, though by no working day.
        long last = data.contact(london(2025, 5, 29, 9, 0), LocalDate.of(2025, 5, 30), e);
        data.decide(last, "INFORMATION_AND_ADVICE", london(2025, 5, 31, 23, 30));
        // Decided 00:10 BST on 1 June (31 May in UTC): outside the period.
        long after = data.contact(london(2025, 5, 29, 9, 0), LocalDate.of(2025, 5, 30), a);
        data.decide(after, "NO_FURTHER_ACTION", london(2025, 6, 1, 0, 10));
        // Another team's child: not counted.
        long other = data.contact(london(2025, 4, 1, 9, 0), LocalDate.of(2025, 4, 2), x);
        data.decide(other, "NO_FURTHER_ACTION", london(2025, 4, 1, 12, 0));
        // Not decided yet: not counted.
        data.contact(london(2025, 5, 20, 9, 0), LocalDate.of(2025, 5, 21), b);

        FigureResult result = compute("decisions-in-time", data);

        // Dot (in time), Ada and Ben (in time), Cal (late), Eve (late): 3 of 5, 60%.
        assertThat(result.count()).isEqualTo(5);
        assertThat(result.met()).isEqualTo(3);
        assertThat(result.share()).isEqualTo(60);
        assertThat(result.rows()).extracting(FigureRow::personId).containsExactly(d, a, b, c, e);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(true, true, true, false, false);
        assertThat(result.rows().get(1).detail()).isEqualTo("Decided in time (due 6 May 2025)");
        assertThat(result.rows().get(3).detail()).isEqualTo("Decided 2 working days late (due 2 May 2025)");
        assertThat(result.rows().get(4).detail()).isEqualTo("Decided late (due 30 May 2025)");
        assertThat(result.rows().get(3).sourceId()).isEqualTo(lateOne);
        assertThat(buckets(result)).containsExactly("2025-03:1/1", "2025-04:0/0", "2025-05:4/2");
    }

    @Test
    void conversionIsTheShareOfDecidedContactsChildrenWhoseDecisionIsAReferral() {
        FigureData data = new FigureData(jdbc, fixtures, "Conversion");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long e = data.child("Eve");
        long x = data.childOfAnotherTeam("Xan");

        long siblings = data.contact(london(2025, 2, 28, 16, 0), LocalDate.of(2025, 3, 3), a, b);
        data.decide(siblings, "REFERRAL", london(2025, 3, 1, 9, 0));                          // first day: 2 converted
        data.decide(data.contact(london(2025, 4, 14, 9, 0), LocalDate.of(2025, 4, 15), c),
                "NO_FURTHER_ACTION", london(2025, 4, 15, 9, 0));                               // 1 not converted
        data.decide(data.contact(london(2025, 5, 30, 9, 0), LocalDate.of(2025, 6, 2), d),
                "EARLY_HELP", london(2025, 5, 31, 22, 0));                                     // last day: 1 not converted
        data.decide(data.contact(london(2025, 5, 30, 9, 0), LocalDate.of(2025, 6, 2), e),
                "REFERRAL", london(2025, 6, 1, 9, 0));                                         // after the period: 0
        data.decide(data.contact(london(2025, 4, 1, 9, 0), LocalDate.of(2025, 4, 2), x),
                "REFERRAL", london(2025, 4, 1, 10, 0));                                        // another team's: 0

        FigureResult result = compute("contact-conversion", data);

        // Ada and Ben converted; Cal and Dot not: 2 of 4, 50%.
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.met()).isEqualTo(2);
        assertThat(result.share()).isEqualTo(50);
        assertThat(result.rows()).extracting(FigureRow::personId).containsExactly(a, b, c, d);
        assertThat(result.rows()).extracting(FigureRow::met).containsExactly(true, true, false, false);
        assertThat(result.rows().getFirst().detail()).isEqualTo("Decision: Referral to children's social care");
        assertThat(result.rows().getFirst().sourceId()).isEqualTo(siblings);
    }

    @Test
    void referralsAndReReferralsComeFromTheReferralHistoryAndExactlyTwelveMonthsLaterIsNotOne() {
        FigureData data = new FigureData(jdbc, fixtures, "Referrals");
        long a = data.child("Ada");
        long b = data.child("Ben");
        long c = data.child("Cal");
        long d = data.child("Dot");
        long x = data.childOfAnotherTeam("Xan");
        long merged = data.mergedChild("Max", a);

        // The stored flags are deliberately wrong: the figure reads the history, not the flag.
        data.referral(a, LocalDate.of(2024, 3, 10), false);
        long aAgain = data.referral(a, LocalDate.of(2025, 3, 10), true);   // exactly 12 months later: not a re-referral
        data.referral(b, LocalDate.of(2024, 3, 11), false);
        long bAgain = data.referral(b, LocalDate.of(2025, 3, 10), false);  // 12 months less a day later: a re-referral
        long cFirst = data.referral(c, FROM, false);                       // first day, no earlier referral
        long cAgain = data.referral(c, TO, false);                         // last day, after the one on the first
        long dOnly = data.referral(d, LocalDate.of(2025, 4, 1), false);
        data.referral(d, LocalDate.of(2025, 6, 1), true);                  // after the period
        data.referral(x, LocalDate.of(2025, 4, 1), true);                  // another team's child
        data.referral(merged, LocalDate.of(2025, 4, 2), false);            // a merged duplicate

        FigureResult referrals = compute("referrals", data);

        // In the period: Cal 1 March, Ada and Ben 10 March, Dot 1 April, Cal 31 May.
        assertThat(referrals.count()).isEqualTo(5);
        assertThat(referrals.share()).isNull();
        assertThat(referrals.rows()).extracting(FigureRow::sourceId).containsExactly(cFirst, aAgain, bAgain, dOnly, cAgain);
        assertThat(buckets(referrals)).containsExactly("2025-03:3/3", "2025-04:1/1", "2025-05:1/1");

        FigureResult reReferrals = compute("re-referrals", data);

        // Ben (previous 11 March 2024) and Cal on 31 May (previous 1 March): 2 of 5, 40%.
        assertThat(reReferrals.count()).isEqualTo(5);
        assertThat(reReferrals.met()).isEqualTo(2);
        assertThat(reReferrals.share()).isEqualTo(40);
        assertThat(reReferrals.rows()).extracting(FigureRow::sourceId).containsExactly(cFirst, aAgain, bAgain, dOnly, cAgain);
        assertThat(reReferrals.rows()).extracting(FigureRow::met).containsExactly(false, false, true, false, true);
        assertThat(reReferrals.rows().get(1).detail()).isEqualTo("No referral in the 12 months before");
        assertThat(reReferrals.rows().get(2).detail()).isEqualTo("Re-referral: previously referred on 11 March 2024");
        assertThat(buckets(reReferrals)).containsExactly("2025-03:3/1", "2025-04:1/0", "2025-05:1/1");
    }
}
