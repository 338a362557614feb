package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few children with five years of work behind them: a child in need plan revised every six
 * months (each version kept) and reviewed every three with progress scores, a visit about every
 * 10 working days, and a supervision discussion every month. They are the heaviest records a
 * worker opens, and what the record-page benchmark times.
 */
final class DemoLongHistories {

    static final int YEARS = 5;
    /** The youngest a child can be when the history starts: its plan is about school. */
    static final int MIN_AGE = CouncilGenerator.SCHOOL_FROM;

    /** Whether a child born then is old enough for the history (see {@link CouncilGenerator}'s long-running cases). */
    static boolean oldEnough(LocalDate born, LocalDate today) {
        return born.isBefore(today.minusYears(YEARS + MIN_AGE));
    }

    private static final String PLAN = "child_plan (id, person_id, kind, started_on, draft, draft_version, latest_version, created_by)";
    private static final String VERSION = "plan_version (plan_id, number, snapshot, finalised_by, finalised_at)";
    private static final String REVIEW = "plan_review (id, plan_id, person_id, kind, held_on, attendance, decision, plan_version, recorded_by)";
    private static final String SCORE = "plan_review_score (review_id, outcome_id, score)";
    private static final String VISIT = "visit (id, visited_on, visitor, visitor_role, visit_type, place, observations, recorded_by)";
    private static final String VISIT_CHILD = "visit_child (visit_id, person_id, seen, seen_alone, child_words)";
    private static final String SUPERVISION = "supervision (id, worker_id, supervisor_id, held_on, wellbeing)";
    private static final String SUPERVISION_CHILD = "supervision_child (id, supervision_id, person_id, reflection, decisions)";
    private static final String SUPERVISION_ACTION = DemoActions.SUPERVISION_ACTION;

    private record LongCase(long personId, String given, LocalDate born, long workerId, String workerName, long supervisorId,
                            String supervisorName) {
    }

    private final JdbcClient jdbc;
    private final CopyRows rows;
    private final WorkingDayCalendar calendar;
    private final JsonMapper json;
    private final Random r;
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;

    DemoLongHistories(JdbcClient jdbc, DataSource dataSource, WorkingDayCalendar calendar, JsonMapper json, long seed,
                      Instant now, ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = new CopyRows(jdbc, dataSource, List.of(PLAN, VERSION, REVIEW, SCORE, VISIT, VISIT_CHILD, SUPERVISION,
                SUPERVISION_CHILD, SUPERVISION_ACTION));
        this.calendar = calendar;
        this.json = json;
        this.r = new Random(seed);
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.zone = zone;
    }

    /**
     * Gives up to {@code children} children five years of history: those on the cases the
     * generator opened more than five years ago ({@link DemoJourneys} leaves them without a plan),
     * old enough to have been at school all that time. Their supervision is recorded by the
     * worker's line manager, as the app requires (Supervisions).
     */
    String generate(int children) {
        List<LongCase> cases = jdbc.sql("""
                        SELECT DISTINCT ON (a.person_id) a.person_id, p.given_name, p.date_of_birth, a.worker_id, w.display_name,
                               m.id AS manager_id, m.display_name AS manager
                        FROM allocation a JOIN person p ON p.id = a.person_id JOIN app_user w ON w.id = a.worker_id
                        JOIN app_user m ON m.id = w.line_manager_id AND m.role = 'TEAM_MANAGER'
                        WHERE a.end_date IS NULL AND p.is_child AND a.start_date < :start AND p.date_of_birth < :born
                          AND NOT EXISTS (SELECT 1 FROM cp_plan c WHERE c.person_id = a.person_id)
                          AND NOT EXISTS (SELECT 1 FROM child_plan c WHERE c.person_id = a.person_id)
                        ORDER BY a.person_id, a.id LIMIT :n
                        """)
                .param("n", children).param("start", today.minusYears(YEARS)).param("born", today.minusYears(YEARS + MIN_AGE))
                .query((rs, n) -> new LongCase(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7)))
                .list();
        for (LongCase c : cases) {
            LocalDate start = today.minusYears(YEARS);
            plan(c, start);
            visits(c, start);
            supervision(c, start);
        }
        rows.load();
        return cases.size() + " children with " + YEARS + " years of plans, visits and supervision " + rows.counts();
    }

    private void plan(LongCase c, LocalDate start) {
        long plan = rows.id("child_plan");
        int versions = YEARS * 2;
        rows.row(PLAN, plan, c.personId(), "CIN", start, null, 0, versions, c.workerName());
        for (int v = 1; v <= versions; v++) {
            LocalDate on = start.plusMonths(6L * (v - 1));
            rows.row(VERSION, plan, v, json.writeValueAsString(DemoPlans.childInNeed(c.given(), c.born(), on)), c.workerName(), at(on));
            rows.event("PLAN_FINALISED", at(on), c.workerName(), "Plan version " + v + " finalised (child in need plan): 2 outcomes, 4 actions",
                    null, c.personId());
        }
        int school = 2;
        int home = 3;
        for (LocalDate held = start.plusMonths(3); !held.isAfter(today); held = held.plusMonths(3)) {
            long review = rows.id("plan_review");
            int version = Math.min(versions, 1 + (int) (java.time.temporal.ChronoUnit.MONTHS.between(start, held) / 6));
            rows.row(REVIEW, review, plan, c.personId(), "CIN_REVIEW", held, "Mum, school, health visitor, social worker",
                    "Plan continues with the actions updated", version, c.workerName());
            school = Math.max(0, Math.min(10, school + r.nextInt(4) - 1));
            home = Math.max(0, Math.min(10, home + r.nextInt(4) - 1));
            rows.row(SCORE, review, "outcome-school", school);
            rows.row(SCORE, review, "outcome-home", home);
            rows.event("PLAN_REVIEW", at(held), c.workerName(), "Plan review (child in need review): school " + school + ", home " + home,
                    null, c.personId());
            rows.count("plan reviews");
        }
    }

    private void visits(LongCase c, LocalDate start) {
        for (LocalDate day = calendar.addWorkingDays(start, 3); !day.isAfter(today); day = calendar.addWorkingDays(day, 8 + r.nextInt(5))) {
            long visit = rows.id("visit");
            boolean seen = r.nextInt(10) != 0;
            rows.row(VISIT, visit, day, c.workerName(), "SOCIAL_WORKER", "HOME", "HOME", "The home was calm; mum was up and dressed.",
                    c.workerName());
            rows.row(VISIT_CHILD, visit, c.personId(), seen, seen && r.nextBoolean(),
                    seen ? "Said football was good and school is \"boring but OK\"." : null);
            rows.event("CHILD_VISIT", at(day), c.workerName(), seen ? "Visit: child seen" : "Visit: child not seen", null, c.personId());
            rows.count("visits");
        }
    }

    private void supervision(LongCase c, LocalDate start) {
        for (LocalDate day = start.plusDays(10); !day.isAfter(today); day = day.plusMonths(1)) {
            long session = rows.id("supervision");
            rows.row(SUPERVISION, session, c.workerId(), c.supervisorId(), day, "Caseload manageable; discussed a difficult visit.");
            long part = rows.id("supervision_child");
            rows.row(SUPERVISION_CHILD, part, session, c.personId(),
                    "School attendance is improving; home is calmer but dad's visits are still a worry.", "Continue the CIN plan");
            LocalDate due = day.plusWeeks(2);
            Instant done = DemoActions.doneAt(r, day, due, today, now, zone);
            rows.row(SUPERVISION_ACTION, rows.id("supervision_action"), part, "Speak to school about attendance", c.workerName(),
                    c.workerId(), due, done, done == null ? null : c.workerName());
            rows.event("SUPERVISION", at(day), c.supervisorName(), "Supervision with " + c.workerName() + ": plan progress reflected on",
                    "School attendance is improving; home is calmer but dad's visits are still a worry.", c.personId());
            rows.count("supervision discussions");
        }
    }

    private Instant at(LocalDate day) {
        Instant at = day.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(zone).toInstant();
        return at.isAfter(now) ? now.minusSeconds(60 + r.nextInt(3_600)) : at; // today's, never later than now
    }
}
