package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Sight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the home pages show of the front door: the contacts a contact officer recorded lately
 * (sealed like the queue: a contact about a record since restricted keeps its line, without the
 * child), and the month's figures a senior leader watches. The figures are counts of everything
 * (a count names nobody), counted on London dates.
 */
@Service
public class FrontDoorOverview {

    /** This month's front door, to today: contacts in, referrals made, decisions and how many were in time. */
    public record MonthFigures(LocalDate from, LocalDate to, long contacts, long referrals, long decisions,
                               long decisionsInTime, long awaitingDecision, long overdueNow) {

        /** Whole per cent of decisions made within 1 working day; null when none were made. */
        public Integer percentInTime() {
            return decisions == 0 ? null : (int) Math.round(100.0 * decisionsInTime / decisions);
        }
    }

    private final ContactRepository contacts;
    private final Redaction redaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    FrontDoorOverview(ContactRepository contacts, Redaction redaction, JdbcClient jdbc, Clock clock) {
        this.contacts = contacts;
        this.redaction = redaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The contacts this user recorded, newest first, as they may see them now. */
    public List<ContactQueueLine> recordedBy(CurrentUser user, int limit) {
        List<Contact> theirs = contacts.recordedBy(user.displayName(), limit);
        Redaction.Sights sights = redaction.of(user, theirs.stream().flatMap(c -> c.childIds().stream()).toList());
        List<ContactQueueLine> lines = new ArrayList<>();
        for (Contact contact : theirs) {
            Sight sight = sights.of(contact.childIds());
            lines.add(sight == Sight.OPEN ? contact : WithheldContact.of(contact, clock.getZone()));
        }
        return lines;
    }

    public MonthFigures thisMonth() {
        LocalDate today = LondonTime.today(clock);
        LocalDate from = today.withDayOfMonth(1);
        // Timestamps are compared as London dates, whatever the database's or the JVM's zone.
        return jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM contact
                            WHERE (received_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS contacts,
                          (SELECT count(*) FROM referral WHERE referral_date BETWEEN :from AND :to) AS referrals,
                          (SELECT count(*) FROM contact_decision
                            WHERE (decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS decisions,
                          (SELECT count(*) FROM contact_decision d JOIN contact c ON c.id = d.contact_id
                            WHERE (d.decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to
                              AND (d.decided_at AT TIME ZONE 'Europe/London')::date <= c.decision_due_on) AS in_time,
                          (SELECT count(*) FROM contact WHERE status = 'AWAITING_DECISION') AS awaiting,
                          (SELECT count(*) FROM contact WHERE status <> 'DECIDED' AND decision_due_on < :to) AS overdue
                        """)
                .param("from", from).param("to", today)
                .query((rs, n) -> new MonthFigures(from, today, rs.getLong("contacts"), rs.getLong("referrals"),
                        rs.getLong("decisions"), rs.getLong("in_time"), rs.getLong("awaiting"), rs.getLong("overdue")))
                .single();
    }
}
