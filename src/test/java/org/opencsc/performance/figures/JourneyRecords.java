package org.opencsc.performance.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the records a figure reads straight into the tables, dated in the past as a test
 * needs them (the services date what they record today): a team of the test's own, its workers,
 * referrals, child protection plans with the chain they come from, visits, supervision,
 * oversight, and outcome plans with versions and scored reviews.
 */
final class JourneyRecords {

    private final JdbcClient jdbc;
    private final Fixtures fixtures;
    private final String surname;

    JourneyRecords(JdbcClient jdbc, Fixtures fixtures, String stem) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.surname = Fixtures.uniqueSurname(stem);
    }

    long team() {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (:name, 'Figures', 'CHILD_IN_NEED') RETURNING id")
                .param("name", "Team " + Fixtures.uniqueSurname(surname)).query(Long.class).single();
    }

    long worker(String given, boolean newlyQualified, LocalDate startedOn) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, display_name, role, newly_qualified, started_on)
                        VALUES (:username, :name, 'SOCIAL_WORKER', :nq, :started) RETURNING id
                        """)
                .param("username", Fixtures.uniqueSurname("w").toLowerCase()).param("name", given + " " + surname)
                .param("nq", newlyQualified).param("started", started(startedOn)).query(Long.class).single();
    }

    long child(String given) {
        return fixtures.child(given, surname, LocalDate.of(2015, 6, 1));
    }

    /** Allocates the child to the team (and worker, if any) from {@code start} until {@code end} (null: still). */
    void allocate(long personId, long teamId, Long workerId, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date, end_date) VALUES (?, ?, ?, ?, ?)")
                .params(personId, teamId, workerId, Date.valueOf(start), started(end)).update();
    }

    /** A referral on {@code on}, allocated to the worker that day (none: unallocated), closed on {@code closed} (null: open). */
    long referral(long personId, LocalDate on, Long workerId, LocalDate closed) {
        long contact = jdbc.sql("""
                        INSERT INTO contact (received_at, recorded_by, source_code, reported, urgency, consent, decision_due_on, status)
                        VALUES (:at, 'Test', '1A', 'A concern', 'STANDARD', 'GIVEN', :on, 'DECIDED') RETURNING id
                        """)
                .param("at", at(on.atTime(9, 0))).param("on", Date.valueOf(on)).query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(contact, personId).update();
        return jdbc.sql("""
                        INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code, re_referral,
                                              worker_id, allocated_at, allocated_by, closure_date, closure_reason)
                        VALUES (:contact, :person, :on, '1A', 'N1', false, :worker, :allocatedAt, :by, :closed, :reason) RETURNING id
                        """)
                .param("contact", contact).param("person", personId).param("on", Date.valueOf(on)).param("worker", workerId)
                .param("allocatedAt", workerId == null ? null : at(on.atTime(12, 0))).param("by", workerId == null ? null : "Test")
                .param("closed", started(closed)).param("reason", closed == null ? null : "RC8")
                .query(Long.class).single();
    }

    /** A child protection plan from {@code start} to {@code end} (null: open), with the discussion, enquiry and conference behind it. */
    long cpPlan(long personId, long referralId, LocalDate start, LocalDate end) {
        LocalDate discussed = start.minusDays(14);
        long discussion = jdbc.sql("""
                        INSERT INTO strategy_discussion (referral_id, person_id, held_at, recorded_by, information, s47_decision,
                                                         decision_reason, icpc_due_on)
                        VALUES (:referral, :person, :at, 'Test', 'Information', 'START_S47', 'Reason', :due) RETURNING id
                        """)
                .param("referral", referralId).param("person", personId).param("at", at(discussed.atTime(10, 0)))
                .param("due", Date.valueOf(start)).query(Long.class).single();
        long enquiry = jdbc.sql("""
                        INSERT INTO s47_enquiry (strategy_discussion_id, person_id, started_on, icpc_due_on, completed_on, outcome,
                                                 outcome_reason, completed_by)
                        VALUES (:discussion, :person, :started, :due, :due, 'ICPC_REQUIRED', 'Reason', 'Test') RETURNING id
                        """)
                .param("discussion", discussion).param("person", personId).param("started", Date.valueOf(discussed))
                .param("due", Date.valueOf(start)).query(Long.class).single();
        long conference = jdbc.sql("""
                        INSERT INTO cp_conference (person_id, kind, s47_enquiry_id, held_on, chair, attendees, child_views,
                                                   plan_needed, category, reasons, recorded_by)
                        VALUES (:person, 'INITIAL', :enquiry, :on, 'Chair', 'Attendees', 'Views', true, 'NEG', 'Reasons', 'Test')
                        RETURNING id
                        """)
                .param("person", personId).param("enquiry", enquiry).param("on", Date.valueOf(start)).query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO cp_plan (person_id, conference_id, category, started_on, core_group_due_on, first_review_due_on,
                                             repeat_plan, ended_on, end_reason, next_review_due_on, next_core_group_due_on)
                        VALUES (:person, :conference, 'NEG', :start, :start, :start, false, :end, :reason, :start, :start) RETURNING id
                        """)
                .param("person", personId).param("conference", conference).param("start", Date.valueOf(start))
                .param("end", started(end)).param("reason", end == null ? null : "Plan ended").query(Long.class).single();
    }

    /** A visit to the child on {@code on}: seen or not, alone or not. */
    long visit(long personId, LocalDate on, boolean seen, boolean alone) {
        long id = jdbc.sql("""
                        INSERT INTO visit (visited_on, visitor, visitor_role, visit_type, place, recorded_by)
                        VALUES (:on, 'Visitor', 'SOCIAL_WORKER', 'STATUTORY', 'HOME', 'Test') RETURNING id
                        """)
                .param("on", Date.valueOf(on)).query(Long.class).single();
        jdbc.sql("INSERT INTO visit_child (visit_id, person_id, seen, seen_alone) VALUES (?, ?, ?, ?)")
                .params(id, personId, seen, alone).update();
        return id;
    }

    long supervision(long workerId, long supervisorId, LocalDate on) {
        return jdbc.sql("INSERT INTO supervision (worker_id, supervisor_id, held_on) VALUES (?, ?, ?) RETURNING id")
                .params(workerId, supervisorId, Date.valueOf(on)).query(Long.class).single();
    }

    /** A management oversight entry recorded at a London date and time. */
    long oversight(long personId, long managerId, LocalDateTime londonTime) {
        return jdbc.sql("""
                        INSERT INTO oversight (person_id, manager_id, recorded_by, recorded_at, considered)
                        VALUES (?, ?, 'Manager', ?, 'The plan and the latest visit') RETURNING id
                        """)
                .params(personId, managerId, at(londonTime)).query(Long.class).single();
    }

    /** An outcome plan started on {@code start}: a child protection plan's content when {@code cpPlanId} is given, else a child in need plan. */
    long childPlan(long personId, Long cpPlanId, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        INSERT INTO child_plan (person_id, kind, cp_plan_id, started_on, ended_on, created_by)
                        VALUES (:person, :kind, :cp, :start, :end, 'Test') RETURNING id
                        """)
                .param("person", personId).param("kind", cpPlanId == null ? "CIN" : "CP").param("cp", cpPlanId)
                .param("start", Date.valueOf(start)).param("end", started(end)).query(Long.class).single();
    }

    /** Finalises version {@code number} of the plan on {@code on} (noon, London), with the content given as the plan's JSON. */
    void version(long planId, int number, LocalDate on, String snapshotJson) {
        jdbc.sql("""
                        INSERT INTO plan_version (plan_id, number, snapshot, finalised_by, finalised_at)
                        VALUES (:plan, :n, CAST(:snapshot AS jsonb), 'Test', :at)
                        """)
                .param("plan", planId).param("n", number).param("snapshot", snapshotJson).param("at", at(on.atTime(12, 0)))
                .update();
        jdbc.sql("UPDATE child_plan SET latest_version = greatest(latest_version, :n) WHERE id = :plan")
                .param("n", number).param("plan", planId).update();
    }

    /** A review held on {@code on} scoring each outcome (outcome id to 0-10). */
    long review(long planId, long personId, LocalDate on, int version, Map<String, Integer> scores) {
        long id = jdbc.sql("""
                        INSERT INTO plan_review (plan_id, person_id, kind, held_on, attendance, decision, plan_version, recorded_by)
                        VALUES (:plan, :person, 'CIN_REVIEW', :on, 'Family and worker', 'Continue', :version, 'Test') RETURNING id
                        """)
                .param("plan", planId).param("person", personId).param("on", Date.valueOf(on)).param("version", version)
                .query(Long.class).single();
        scores.forEach((outcome, score) -> jdbc.sql("INSERT INTO plan_review_score (review_id, outcome_id, score) VALUES (?, ?, ?)")
                .params(id, outcome, score).update());
        return id;
    }

    void actionDone(long planId, String actionId, LocalDate on) {
        jdbc.sql("INSERT INTO plan_action_done (plan_id, action_id, done_on) VALUES (?, ?, ?)")
                .params(planId, actionId, Date.valueOf(on)).update();
    }

    /** One need with outcomes ({@code id:baseline}, baseline "-" for none) and no actions, as plan JSON. */
    static String outcomes(String... idAndBaseline) {
        StringBuilder s = new StringBuilder();
        for (String o : idAndBaseline) {
            String[] part = o.split(":");
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append("{\"id\": \"").append(part[0]).append("\", \"text\": \"Outcome ").append(part[0])
                    .append("\", \"zeroMeans\": \"Bad\", \"tenMeans\": \"Good\", \"baseline\": ")
                    .append(part[1].equals("-") ? "null" : part[1]).append("}");
        }
        return "{\"needs\": [{\"id\": \"n1\", \"text\": \"A need\", \"outcomes\": [" + s + "], \"actions\": []}]}";
    }

    /** One need with one outcome and the actions given ({@code id:dueOn:doneOn}, doneOn "-" for not done). */
    static String actions(String... idDueDone) {
        StringBuilder s = new StringBuilder();
        for (String a : idDueDone) {
            String[] part = a.split(":");
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append("{\"id\": \"").append(part[0]).append("\", \"outcomeId\": \"o1\", \"what\": \"Action ").append(part[0])
                    .append("\", \"owner\": \"Parent\", \"dueOn\": \"").append(part[1]).append("\", \"doneOn\": ")
                    .append(part[2].equals("-") ? "null" : "\"" + part[2] + "\"").append("}");
        }
        return "{\"needs\": [{\"id\": \"n1\", \"text\": \"A need\", \"outcomes\": [{\"id\": \"o1\", \"text\": \"Outcome\","
                + " \"zeroMeans\": \"Bad\", \"tenMeans\": \"Good\", \"baseline\": 3}], \"actions\": [" + s + "]}]}";
    }

    private static Timestamp at(LocalDateTime londonTime) {
        return Timestamp.from(londonTime.atZone(LondonTime.ZONE).toInstant());
    }

    private static Date started(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
