package org.opencsc.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every practitioner's recent supervision, recorded by their line manager (the rule Supervisions
 * enforces): without it the team work page showed every worker as "None recorded", due one
 * interval after their start date, years ago. Sessions run at the worker's interval (fortnightly
 * newly qualified, else every four weeks: SupervisionFrequency) for the last six months, never
 * before they started; one worker in four has missed their latest, so some are overdue. They are
 * about the worker's wellbeing and caseload only, so nothing is added to any child's record.
 */
final class DemoSupervisionHistory {

    private record Practitioner(long id, long lineManagerId, boolean newlyQualified, LocalDate startedOn) {
    }

    private final JdbcClient jdbc;
    private final LocalDate today;

    DemoSupervisionHistory(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    String generate() {
        List<Practitioner> practitioners = jdbc.sql("""
                        SELECT id, line_manager_id, newly_qualified, started_on FROM app_user
                        WHERE active AND kind = 'PERSON' AND line_manager_id IS NOT NULL
                          AND role IN ('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'DUTY_SOCIAL_WORKER')
                          AND NOT EXISTS (SELECT 1 FROM supervision s WHERE s.worker_id = app_user.id)
                        ORDER BY id
                        """)
                .query((rs, n) -> new Practitioner(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
        int sessions = 0;
        for (int i = 0; i < practitioners.size(); i++) {
            Practitioner p = practitioners.get(i);
            int interval = p.newlyQualified() ? 14 : 28;
            boolean missedLatest = i % 4 == 3;
            LocalDate held = today.minusDays(missedLatest ? interval + 10 : 3 + i % 7);
            LocalDate from = today.minusMonths(6);
            for (; !held.isBefore(from) && (p.startedOn() == null || !held.isBefore(p.startedOn())); held = held.minusDays(interval)) {
                jdbc.sql("INSERT INTO supervision (worker_id, supervisor_id, held_on, wellbeing) VALUES (?, ?, ?, ?)")
                        .params(p.id(), p.lineManagerId(), Date.valueOf(held),
                                "Caseload discussed child by child; workload manageable with support. Training booked.")
                        .update();
                sessions++;
            }
        }
        return sessions + " supervision sessions for " + practitioners.size() + " practitioners";
    }
}
