package org.opencsc.performance.web;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.support.Fixtures;
import org.opencsc.support.TestNames;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of its own in a service area of its own, holding three children with contacts:
 * Amber two (10 and 40 days ago), Bryn one (10 days ago), and Cara one (10 days ago), whose
 * record is restricted naming only "manager" (a team manager of another service area). Dan,
 * whom no team holds, had a contact too: he counts for the council, never for the team.
 */
final class PerformanceDataset {

    final long team;
    final String teamName;
    final long amber;
    final long bryn;
    final long cara;
    final long dan;
    final LocalDate today;

    PerformanceDataset(Fixtures fixtures, JdbcClient jdbc, LocalDate today) {
        this.today = today;
        String surname = TestNames.uniqueSurname() + Fixtures.uniqueSurname("p");
        teamName = "Performance team " + surname;
        team = jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, ?, 'SAFEGUARDING') RETURNING id")
                .params(teamName, "Performance area " + surname).query(Long.class).single();
        amber = fixtures.child("Amber", surname, today.minusYears(7));
        bryn = fixtures.child("Bryn", surname, today.minusYears(5));
        cara = fixtures.child("Cara", surname, today.minusYears(3));
        dan = fixtures.child("Dan", surname, today.minusYears(9));
        for (long child : new long[] {amber, bryn, cara}) {
            jdbc.sql("INSERT INTO allocation (person_id, team_id, start_date) VALUES (?, ?, ?)")
                    .params(child, team, Date.valueOf(today.minusYears(2))).update();
        }
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(cara).update();
        jdbc.sql("INSERT INTO restricted_access (person_id, user_id, granted_by) SELECT ?, id, 'test' FROM app_user WHERE username = 'manager'")
                .params(cara).update();
        contact(jdbc, amber, today.minusDays(10));
        contact(jdbc, amber, today.minusDays(40));
        contact(jdbc, bryn, today.minusDays(10));
        contact(jdbc, cara, today.minusDays(10));
        contact(jdbc, dan, today.minusDays(10));
    }

    private static void contact(JdbcClient jdbc, long child, LocalDate on) {
        Timestamp at = Timestamp.from(on.atTime(LocalTime.NOON).atZone(LondonTime.ZONE).toInstant());
        long contact = jdbc.sql("""
                        INSERT INTO contact (received_at, recorded_at, recorded_by, source_code, reported, urgency, consent,
                                             decision_due_on, status)
                        VALUES (?, ?, 'Test', '1A', 'A concern', 'STANDARD', 'GIVEN', ?, 'DECIDED') RETURNING id
                        """).params(at, at, Date.valueOf(on.plusDays(1))).query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(contact, child).update();
    }
}
