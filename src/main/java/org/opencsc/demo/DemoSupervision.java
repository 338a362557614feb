package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.workforce.Asye;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recent supervision for every practitioner who has none yet (the long histories bring their
 * own): a session about every 28 days (14 for a newly qualified worker, as the workforce
 * feature's SupervisionFrequency expects) over the last six months, never before the worker
 * started, by their line manager, discussing up to three of the children then allocated to them.
 * About one worker in five is overdue, so the team work page has someone to chase.
 */
final class DemoSupervision {

    private static final int MONTHS_BACK = 6;
    private static final String SUPERVISION = "supervision (id, worker_id, supervisor_id, held_on, wellbeing, recorded_at)";
    private static final String CHILD = "supervision_child (id, supervision_id, person_id, reflection, decisions)";
    private static final String ACTION = DemoActions.SUPERVISION_ACTION;
    private static final String OVERSIGHT = "oversight (id, person_id, manager_id, recorded_by, recorded_at, considered, analysis)";
    private static final String OVERSIGHT_ACTION = "oversight_action (id, oversight_id, action, owner, owner_id, due_on, done_at, done_by)";
    /** How far back the generated management oversight goes, and how often a case has it there. */
    private static final int OVERSIGHT_DAYS_BACK = 90;
    private static final int OVERSIGHT_ONE_CASE_IN = 3;
    private static final int OVERDUE_OVERSIGHT = 3;
    private int overdueOversight;

    private record Worker(long id, String name, boolean newlyQualified, LocalDate started, long managerId, String managerName,
                          boolean byAManager) {
    }

    private record Case(long personId, LocalDate allocated) {
    }

    private final JdbcClient jdbc;
    private final CopyRows rows;
    private final Random r;
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;

    DemoSupervision(JdbcClient jdbc, DataSource dataSource, long seed, Instant now, ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = new CopyRows(jdbc, dataSource, List.of(SUPERVISION, CHILD, ACTION, OVERSIGHT, OVERSIGHT_ACTION));
        this.r = new Random(seed);
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.zone = zone;
    }

    String generate() {
        List<Worker> workers = jdbc.sql("""
                        SELECT u.id, u.display_name, %s, u.started_on, m.id, m.display_name,
                               m.role IN ('TEAM_MANAGER', 'DUTY_MANAGER')
                        FROM app_user u JOIN app_user m ON m.id = u.line_manager_id
                        WHERE u.role IN ('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'DUTY_SOCIAL_WORKER') AND u.active
                          AND NOT EXISTS (SELECT 1 FROM supervision s WHERE s.worker_id = u.id)
                        ORDER BY u.id
                        """.formatted(Asye.newlyQualifiedSql("u", ":today")))
                .param("today", java.sql.Date.valueOf(today))
                .query((rs, n) -> new Worker(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getDate(4).toLocalDate(),
                        rs.getLong(5), rs.getString(6), rs.getBoolean(7)))
                .list();
        Map<Long, List<Case>> caseloads = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.worker_id, a.person_id, a.start_date FROM allocation a JOIN person p ON p.id = a.person_id
                        WHERE a.end_date IS NULL AND p.is_child AND a.worker_id IS NOT NULL ORDER BY a.worker_id, a.person_id
                        """)
                .query((rs, n) -> caseloads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Case(rs.getLong(2), rs.getDate(3).toLocalDate())))
                .list();
        for (Worker w : workers) {
            sessions(w, caseloads.getOrDefault(w.id(), List.of()));
            if (w.byAManager()) {
                oversight(w, caseloads.getOrDefault(w.id(), List.of()));
            }
        }
        rows.load();
        return "supervision " + rows.counts();
    }

    private void sessions(Worker w, List<Case> caseload) {
        int interval = w.newlyQualified() ? 14 : 28;
        boolean overdue = r.nextInt(5) == 0;
        LocalDate last = today.minusDays(overdue ? interval + 1 + r.nextInt(14) : r.nextInt(interval));
        LocalDate earliest = today.minusMonths(MONTHS_BACK);
        earliest = earliest.isBefore(w.started()) ? w.started().plusDays(7) : earliest;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(earliest); day = day.minusDays(interval - 3 + r.nextInt(5))) {
            days.add(0, day);
        }
        for (LocalDate day : days) {
            long session = rows.id("supervision");
            rows.row(SUPERVISION, session, w.id(), w.managerId(), day, "Caseload manageable; discussed a difficult visit.", at(day));
            List<Case> held = caseload.stream().filter(c -> !c.allocated().isAfter(day)).toList();
            for (int i = 0; i < Math.min(3, held.size()); i++) {
                Case c = held.get((i + days.indexOf(day)) % held.size());
                long part = rows.id("supervision_child");
                rows.row(CHILD, part, session, c.personId(), "Reflected on what has changed for the child since the last visit "
                        + "and what the family says is getting in the way.", "Continue the current plan");
                LocalDate due = day.plusWeeks(2);
                Instant done = DemoActions.doneAt(r, day, due, today, now, zone);
                rows.row(ACTION, rows.id("supervision_action"), part, "Update the chronology summary", w.name(), w.id(), due, done,
                        done == null ? null : w.name());
                rows.event("SUPERVISION", at(day), w.managerName(), "Supervision with " + w.name() + ": plan progress reflected on",
                        "Reflected on what has changed for the child since the last visit.", c.personId());
            }
            rows.count("sessions");
        }
    }

    /**
     * The line manager's management oversight on some of the worker's cases in the last three
     * months, as Oversights.record writes it: what was read, and one action for the worker, owned
     * by their account, so it reaches their My work until they mark it done.
     */
    private void oversight(Worker w, List<Case> caseload) {
        for (Case c : caseload) {
            LocalDate from = c.allocated().plusDays(14);
            from = from.isBefore(today.minusDays(OVERSIGHT_DAYS_BACK)) ? today.minusDays(OVERSIGHT_DAYS_BACK) : from;
            if (from.isAfter(today) || r.nextInt(OVERSIGHT_ONE_CASE_IN) != 0) {
                continue;
            }
            LocalDate day = from.plusDays(r.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
            // The first few, on cases held long enough, are left overdue whatever the dice say, so a manager has one to chase.
            boolean leftOverdue = overdueOversight < OVERDUE_OVERSIGHT && !c.allocated().isAfter(today.minusDays(45));
            if (leftOverdue) {
                overdueOversight++;
                day = today.minusDays(28 + r.nextInt(10));
            }
            Instant at = at(day);
            long id = rows.id("oversight");
            String considered = "The case notes since allocation, the latest visit and the chronology.";
            String analysis = "Progress is slow; the child's voice is clear in the visits but the plan needs sharper actions.";
            rows.row(OVERSIGHT, id, c.personId(), w.managerId(), w.managerName(), at, considered, analysis);
            String action = OVERSIGHT_ACTIONS.get(r.nextInt(OVERSIGHT_ACTIONS.size()));
            LocalDate due = leftOverdue ? day.plusDays(14) : day.plusDays(14 + r.nextInt(15));
            Instant done = leftOverdue ? null : DemoActions.doneAt(r, day, due, today, now, zone);
            rows.row(OVERSIGHT_ACTION, rows.id("oversight_action"), id, action, w.name(), w.id(), due, done, done == null ? null : w.name());
            rows.event("OVERSIGHT", at, w.managerName(), "Management oversight by " + w.managerName() + " with 1 action",
                    "Read and considered: " + considered + "\n\nAnalysis: " + analysis + "\n\nDirection: " + action + " ("
                            + w.name() + ", by " + org.opencsc.platform.web.Dates.govuk(due) + ")", c.personId());
            rows.count("oversight");
        }
    }

    private static final List<String> OVERSIGHT_ACTIONS = List.of(
            "See the child alone at the next visit and record their words",
            "Ask school and the health visitor for an update before the review",
            "Update the chronology and the plan's actions with the family",
            "Hold a family network meeting about who can help at weekends");

    private Instant at(LocalDate day) {
        Instant at = day.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(zone).toInstant();
        return at.isAfter(now) ? now.minusSeconds(60 + r.nextInt(3_600)) : at; // today's, never later than now
    }
}
