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

/**
 * The statutory journey behind the generated open cases, so "my work", "team work", the chair's
 * view and the plan lists have realistic work in them: for each open referral a single
 * assessment (in progress when recent, authorised otherwise), and for some children a strategy
 * discussion, a Section 47 enquiry, an initial conference and a child protection plan with its
 * core groups and reviews - some on time, some late, as in a real council. Runs after the
 * families are loaded, straight into the tables with COPY (the services would take minutes at a
 * large council's size), keeping to the same rules the services enforce.
 */
final class DemoJourneys {

    /** Share of open cases with a child protection plan (England: roughly 1 in 8 children in need). */
    private static final double ON_A_PLAN = 0.14;
    /** Share of open cases with a Section 47 enquiry still running. */
    private static final double S47_RUNNING = 0.03;
    /** The visit frequencies the visit feature requires by default (application.yml), in working days. */
    private static final int CP_VISIT_WORKING_DAYS = 10;
    private static final int CIN_VISIT_WORKING_DAYS = 20;
    /** How far back visits are generated: enough for every open case to have a recent pattern. */
    private static final int VISIT_HISTORY_DAYS = 120;
    private static final String[] FACTORS = {"{3B}", "{1B,3B}", "{4B}", "{2B,16A}", "{17A}", "{14A}", "{10A,11A}", "{6A}", "{5B}"};

    record OpenReferral(long id, long personId, LocalDate referralDate, long teamId, long workerId, String workerName) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final Random r;
    private final LocalDate today;
    private final ZoneId zone;
    private final CopyRows rows;

    DemoJourneys(JdbcClient jdbc, DataSource dataSource, WorkingDayCalendar calendar, long seed, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = new CopyRows(jdbc, dataSource, TABLE_ORDER);
        this.calendar = calendar;
        this.r = new Random(seed);
        this.today = today;
        this.zone = zone;
    }

    String generate() {
        chairId = jdbc.sql("SELECT id FROM app_user WHERE username = 'chair'").query(Long.class).single();
        List<OpenReferral> open = jdbc.sql("""
                        SELECT r.id, r.person_id, r.referral_date, r.team_id, r.worker_id, u.display_name
                        FROM referral r JOIN app_user u ON u.id = r.worker_id JOIN person p ON p.id = r.person_id
                        WHERE r.closure_date IS NULL AND p.is_child ORDER BY r.id
                        """)
                .query((rs, n) -> new OpenReferral(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
                        rs.getLong(5), rs.getString(6)))
                .list();
        for (OpenReferral referral : open) {
            journey(referral);
        }
        pendingReviews.forEach(review -> row(REVIEW, review));
        rows.load();
        return rows.counts();
    }

    private void journey(OpenReferral ref) {
        double roll = r.nextDouble();
        LocalDate discussion = ref.referralDate().plusDays(1 + r.nextInt(10));
        LocalDate visitsFrom = ref.referralDate();
        int visitEvery = CIN_VISIT_WORKING_DAYS;
        boolean protection = false;
        if (roll < ON_A_PLAN && discussion.isBefore(today.minusDays(30))) {
            visitsFrom = onAPlan(ref, discussion);
            visitEvery = CP_VISIT_WORKING_DAYS;
            protection = true;
        } else if (roll < ON_A_PLAN + S47_RUNNING && !discussion.isAfter(today)) {
            Enquiry running = strategyAndS47(ref, discussion);
            enquiry(running, null, null);
            protection = true;
        }
        assessment(ref, protection);
        visits(ref, visitsFrom, visitEvery);
    }

    /**
     * The single assessment: still in progress when the referral is recent (some of them late),
     * otherwise authorised, mostly within the 45 working days.
     */
    private void assessment(OpenReferral ref, boolean protection) {
        LocalDate due = calendar.addWorkingDays(ref.referralDate(), 45);
        LocalDate started = ref.referralDate().plusDays(r.nextInt(3));
        if (started.isAfter(today)) {
            return;
        }
        boolean inProgress = ref.referralDate().isAfter(today.minusDays(70)) && r.nextInt(4) != 0;
        String history = "Known to children's social care since " + ref.referralDate().getYear()
                + ": see the chronology for earlier contacts and referrals.";
        if (inProgress) {
            row(ASSESSMENT, id("single_assessment"), ref.id(), ref.personId(), started, due, "IN_PROGRESS", ref.workerName(),
                    at(started), "Said they like school but worry about mum.", history, null, null, null, null, "{}", null, null,
                    null, null, null, null, null, null);
            count("assessments in progress");
        } else {
            LocalDate completed = r.nextInt(6) == 0 ? calendar.addWorkingDays(due, 1 + r.nextInt(15))
                    : calendar.addWorkingDays(ref.referralDate(), 25 + r.nextInt(18));
            completed = completed.isAfter(today) ? today : completed;
            LocalDate authorised = completed.plusDays(r.nextInt(4));
            authorised = authorised.isAfter(today) ? today : authorised;
            String factors = protection ? "{16A,3B}" : FACTORS[r.nextInt(FACTORS.length)];
            row(ASSESSMENT, id("single_assessment"), ref.id(), ref.personId(), started, due, "AUTHORISED", ref.workerName(),
                    at(started), "Said they like school but worry about mum.", history,
                    "Mum loves the children; routines break down when she is drinking.", "White British; proud of their football team.",
                    "Risk: domestic abuse. Protective: nan nearby, good school attendance.",
                    "Needs are met inconsistently; without support the children are likely to suffer harm.", factors,
                    protection ? "STRATEGY_DISCUSSION" : "CHILD_IN_NEED", "Threshold for services met.", completed,
                    ref.workerName(), at(completed), authorised, "Team manager", at(authorised));
            event("ASSESSMENT_AUTHORISED", authorised, ref, "Single assessment authorised: " + factors);
            count("assessments authorised");
        }
        event("ASSESSMENT_STARTED", started, ref, "Single assessment started");
    }

    /** Visits over the last few months at about the required frequency; now and then one is late or the child not seen. */
    private void visits(OpenReferral ref, LocalDate from, int everyWorkingDays) {
        LocalDate start = from.isBefore(today.minusDays(VISIT_HISTORY_DAYS)) ? today.minusDays(VISIT_HISTORY_DAYS) : from;
        LocalDate day = calendar.addWorkingDays(start, 1 + r.nextInt(everyWorkingDays));
        while (!day.isAfter(today)) {
            if (r.nextInt(40) == 0) {
                return; // the visits stopped: this child is overdue one
            }
            boolean seen = r.nextInt(12) != 0;
            long visit = id("visit");
            row(VISIT, visit, day, ref.workerName(), "SOCIAL_WORKER", r.nextBoolean() ? "HOME" : "UNANNOUNCED", "HOME",
                    "Home conditions adequate; the child was relaxed with mum.", ref.workerName());
            row(VISIT_CHILD, visit, ref.personId(), seen, seen && r.nextInt(3) != 0,
                    seen ? "Said school was \"alright\" and they want to see their dad more." : null);
            event("CHILD_VISIT", day, ref, seen ? "Visit: child seen" : "Visit: child not seen");
            count("visits");
            int late = r.nextInt(7) == 0 ? 1 + r.nextInt(4) : 0;
            day = calendar.addWorkingDays(day, Math.max(2, everyWorkingDays - r.nextInt(4) + late));
        }
    }

    private record Enquiry(long id, long discussionId, long personId, LocalDate startedOn, LocalDate icpcDue) {
    }

    /** A strategy discussion deciding on a Section 47 enquiry, which starts that day. */
    private Enquiry strategyAndS47(OpenReferral ref, LocalDate on) {
        long discussion = id("strategy_discussion");
        LocalDate icpcDue = calendar.addWorkingDays(on, 15);
        row(STRATEGY, discussion, ref.id(), ref.personId(), at(on), ref.workerName(),
                "School, police and health shared what they know; the health visitor has seen bruising twice.",
                "START_S47", "Reasonable cause to suspect significant harm", icpcDue);
        for (String[] a : ATTENDEES) {
            row(ATTENDEE, id("strategy_attendee"), discussion, a[0], a[1], a[2], at(on.plusDays(1)), ref.workerName());
        }
        event("STRATEGY_DISCUSSION", on, ref, "Strategy discussion: Section 47 enquiry to start");
        event("S47_ENQUIRY", on, ref, "Section 47 enquiry started; initial conference due by " + org.opencsc.platform.web.Dates.govuk(icpcDue));
        count("S47 enquiries");
        return new Enquiry(id("s47_enquiry"), discussion, ref.personId(), on, icpcDue);
    }

    private void enquiry(Enquiry e, LocalDate completed, String outcome) {
        row(S47, e.id(), e.discussionId(), e.personId(), e.startedOn(), e.icpcDue(), completed, outcome,
                completed == null ? null : "Medical and interviews: concerns substantiated", completed == null ? null : "Social worker");
        if (completed == null) {
            count("S47 enquiries running");
        }
    }

    /** Through to a child protection plan; returns the day it started. */
    private LocalDate onAPlan(OpenReferral ref, LocalDate discussion) {
        Enquiry enquiry = strategyAndS47(ref, discussion);
        LocalDate completed = discussion.plusDays(4 + r.nextInt(6));
        enquiry(enquiry, completed, "ICPC_REQUIRED");
        // Most initial conferences are on time; about one in five is a few working days late.
        LocalDate held = r.nextInt(5) == 0 ? calendar.addWorkingDays(enquiry.icpcDue(), 1 + r.nextInt(6))
                : enquiry.icpcDue().minusDays(r.nextInt(4));
        held = held.isBefore(completed) ? completed : held.isAfter(today) ? today : held;
        long conference = id("cp_conference");
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        row(CONFERENCE, conference, ref.personId(), "INITIAL", enquiry.id(), held, "Casey Chair",
                "Parents, school, health visitor, police, social worker",
                "Said they want things at home to be calmer and to see nan more.", true, category,
                "Likely significant harm: " + category, "Casey Chair", chairId);
        event("CP_CONFERENCE", held, ref, "Initial child protection conference: child protection plan");
        long plan = id("cp_plan");
        LocalDate nextCoreGroup = coreGroups(ref, plan, held);
        LocalDate nextReview = reviews(ref, plan, held, category);
        row(PLAN, plan, ref.personId(), conference, category, held, calendar.addWorkingDays(held, 10), held.plusMonths(3),
                r.nextInt(10) == 0, nextReview, nextCoreGroup);
        event("CP_PLAN", held, ref, "Child protection plan started");
        if (r.nextInt(12) == 0) {
            escalation(ref, plan);
        }
        count("child protection plans");
        return held;
    }

    /** Core groups every 20 working days or so, some late, and now and then one missed; returns the next due. */
    private LocalDate coreGroups(OpenReferral ref, long plan, LocalDate start) {
        LocalDate due = calendar.addWorkingDays(start, 10);
        while (true) {
            LocalDate held = r.nextInt(6) == 0 ? calendar.addWorkingDays(due, 1 + r.nextInt(5)) : due.minusDays(r.nextInt(3));
            if (held.isAfter(today) || r.nextInt(30) == 0) {
                return due;
            }
            row(CORE_GROUP, id("cp_core_group"), plan, ref.personId(), held, "Mum, school, health visitor, social worker",
                    r.nextInt(8) != 0, "Some progress: school attendance up; home conditions variable.",
                    "Parenting course to continue; health visitor to visit fortnightly.", ref.workerName());
            event("CORE_GROUP", held, ref, "Core group meeting");
            count("core groups");
            due = calendar.addWorkingDays(held, 20);
        }
    }

    /** Review conferences at 3 months and then every 6 months, some late; returns the next due. */
    private LocalDate reviews(OpenReferral ref, long plan, LocalDate start, String category) {
        LocalDate due = start.plusMonths(3);
        while (true) {
            LocalDate held = r.nextInt(8) == 0 ? calendar.addWorkingDays(due, 1 + r.nextInt(10)) : due.minusDays(r.nextInt(7));
            if (held.isAfter(today) || r.nextInt(25) == 0) {
                return due;
            }
            pendingReviews.add(new Object[]{id("cp_conference"), ref.personId(), "REVIEW", null, held, "Casey Chair",
                    "Parents, school, health visitor, social worker", "Said things are a bit better at home.", true, category,
                    "Progress is not yet sustained: the plan continues.", "Casey Chair", plan, "CONTINUE_PLAN", chairId});
            event("CP_CONFERENCE", held, ref, "Review child protection conference: plan continues");
            count("review conferences");
            due = held.plusMonths(6);
        }
    }

    private void escalation(OpenReferral ref, long plan) {
        LocalDate raised = today.minusDays(1 + r.nextInt(20));
        LocalDate due = calendar.addWorkingDays(raised, 5);
        boolean answered = r.nextBoolean() && !raised.plusDays(3).isAfter(today);
        row(ESCALATION, id("cp_escalation"), plan, ref.personId(),
                "Actions from the last core group have not been completed and the child has not been seen alone.",
                raised, "Casey Chair", chairId, due, answered ? "Worker to visit this week; core group brought forward." : null,
                answered ? raised.plusDays(3) : null, answered ? "Team manager" : null);
        event("ESCALATION_RAISED", raised, ref, "Chair's escalation about plan progress");
        count("escalations");
    }

    /** Review conferences reference the plan, so they are written after it. */
    private final List<Object[]> pendingReviews = new ArrayList<>();
    private long chairId;

    // Tables in foreign-key order: COPY loads them in this order.
    private static final String STRATEGY = "strategy_discussion (id, referral_id, person_id, held_at, recorded_by, information, "
            + "s47_decision, decision_reason, icpc_due_on)";
    private static final String ATTENDEE = "strategy_attendee (id, discussion_id, name, agency, role, signed_off_at, signed_off_by)";
    private static final String S47 = "s47_enquiry (id, strategy_discussion_id, person_id, started_on, icpc_due_on, completed_on, "
            + "outcome, outcome_reason, completed_by)";
    private static final String CONFERENCE = "cp_conference (id, person_id, kind, s47_enquiry_id, held_on, chair, attendees, "
            + "child_views, plan_needed, category, reasons, recorded_by, chair_user_id)";
    private static final String PLAN = "cp_plan (id, person_id, conference_id, category, started_on, core_group_due_on, "
            + "first_review_due_on, repeat_plan, next_review_due_on, next_core_group_due_on)";
    private static final String REVIEW = "cp_conference (id, person_id, kind, s47_enquiry_id, held_on, chair, attendees, "
            + "child_views, plan_needed, category, reasons, recorded_by, plan_id, decision, chair_user_id)";
    private static final String CORE_GROUP = "cp_core_group (id, plan_id, person_id, held_on, attendees, child_seen, progress, "
            + "actions, recorded_by)";
    private static final String ESCALATION = "cp_escalation (id, plan_id, person_id, concern, raised_on, raised_by, "
            + "raised_by_user_id, response_due_on, response, responded_on, responded_by)";
    private static final String ASSESSMENT = "single_assessment (id, referral_id, person_id, started_on, due_on, status, "
            + "started_by, started_at, wishes_and_feelings, history, parental_capacity, culture_and_identity, risk_and_protective, "
            + "analysis, factors, outcome, outcome_reasons, completed_on, submitted_by, submitted_at, authorised_on, authorised_by, "
            + "authorised_at)";
    private static final String VISIT = "visit (id, visited_on, visitor, visitor_role, visit_type, place, observations, recorded_by)";
    private static final String VISIT_CHILD = "visit_child (visit_id, person_id, seen, seen_alone, child_words)";
    private static final List<String> TABLE_ORDER = List.of(STRATEGY, ATTENDEE, S47, CONFERENCE, PLAN, REVIEW, CORE_GROUP,
            ESCALATION, ASSESSMENT, VISIT, VISIT_CHILD);

    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[][] ATTENDEES = {
            {"DS Lowe", "POLICE", "Public protection unit"},
            {"Nurse Patel", "HEALTH", "Safeguarding nurse"},
            {"Mrs Khan", "EDUCATION", "Designated safeguarding lead"},
            {"Social worker", "SOCIAL_CARE", "Allocated social worker"}};

    // ------------------------------------------------------------------ rows

    private void event(String type, LocalDate day, OpenReferral ref, String summary) {
        rows.event(type, at(day), ref.workerName(), summary, null, ref.personId());
    }

    private Instant at(LocalDate day) {
        return day.atTime(10 + r.nextInt(6), r.nextInt(60)).atZone(zone).toInstant();
    }

    private void row(String table, Object... values) {
        rows.row(table, values);
    }

    private long id(String table) {
        return rows.id(table);
    }

    private void count(String what) {
        rows.count(what);
    }
}
