package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statutory journey behind the generated open cases, so "my work", "team work", the chair's
 * view and the plan lists have realistic work in them, with some children waiting at every step:
 * allocated with no assessment started, assessments in progress (some late) and awaiting
 * authorisation, Section 47 enquiries awaiting their outcome or the initial conference, child
 * protection plans with core groups, reviews and the chair's escalations, child in need plans
 * with reviews, and cases whose work is done, ready to close. Siblings referred together are at
 * the same step. Runs after the families are loaded, straight into the tables with COPY (the
 * services would take minutes at a large council's size), keeping to the rules the services
 * enforce; DemoCouncilTest checks the result against them.
 */
final class DemoJourneys {

    /** The steps an open case can be waiting at; how long ago the child was referred decides which fit. */
    enum Step {
        NO_ASSESSMENT_YET, ASSESSMENT_IN_PROGRESS, AWAITING_AUTHORISATION, S47_AWAITING_OUTCOME, S47_AWAITING_CONFERENCE,
        CP_PLAN, CIN_PLAN, READY_TO_CLOSE, LONG_RUNNING
    }

    /** The visit frequencies the visit feature requires by default (application.yml), in working days. */
    private static final int CP_VISIT_WORKING_DAYS = 10;
    private static final int CIN_VISIT_WORKING_DAYS = 20;
    /** How far back visits are generated: enough for every open case to have a recent pattern. */
    private static final int VISIT_HISTORY_DAYS = 120;
    /** How often a child in need plan is reviewed here (local practice, not a statutory timescale). */
    static final int CIN_REVIEW_MONTHS = 3;
    private static final String[] FACTORS = {"{3B}", "{1B,3B}", "{4B}", "{2B,16A}", "{17A}", "{14A}", "{10A,11A}", "{6A}", "{5B}"};

    record OpenReferral(long id, long personId, String given, LocalDate born, LocalDate referralDate, long contactId,
                        String workerName, String managerName, String locality) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final JsonMapper json;
    private final Random r;
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;
    private final CopyRows rows;
    private final Map<Step, Integer> steps = new EnumMap<>(Step.class);
    /** Localities with an unanswered escalation: each has one, so each locality's manager has one to answer. */
    private final Map<String, Long> escalatedIn = new java.util.HashMap<>();
    /** How many plans of each kind are timed to have a review due soon. */
    private static final int TIMED_PLANS = 4;
    private int timedCpPlans;
    private int timedCinPlans;
    private DemoHistories histories;

    DemoJourneys(JdbcClient jdbc, DataSource dataSource, WorkingDayCalendar calendar, JsonMapper json, long seed, Instant now,
                 ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = new CopyRows(jdbc, dataSource, TABLE_ORDER);
        this.calendar = calendar;
        this.json = json;
        this.r = new Random(seed);
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.zone = zone;
    }

    String generate() {
        chairId = jdbc.sql("SELECT id FROM app_user WHERE username = 'chair'").query(Long.class).single();
        histories = new DemoHistories(jdbc);
        List<OpenReferral> open = jdbc.sql("""
                        SELECT r.id, r.person_id, p.given_name, p.date_of_birth, r.referral_date, r.contact_id, u.display_name,
                               m.display_name, t.service_area
                        FROM referral r JOIN app_user u ON u.id = r.worker_id JOIN app_user m ON m.id = u.line_manager_id
                        JOIN team t ON t.id = r.team_id JOIN person p ON p.id = r.person_id
                        WHERE r.closure_date IS NULL AND p.is_child ORDER BY r.contact_id, r.id
                        """)
                .query((rs, n) -> new OpenReferral(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
        Map<Long, List<OpenReferral>> byContact = new LinkedHashMap<>();
        open.forEach(ref -> byContact.computeIfAbsent(ref.contactId(), k -> new ArrayList<>()).add(ref));
        for (List<OpenReferral> siblings : byContact.values()) {
            Step step = step(siblings.getFirst().referralDate(), siblings.getFirst().locality());
            steps.merge(step, 1, Integer::sum);
            // The first few plans are timed so that a review falls due in the next weeks.
            boolean timed = step == Step.CP_PLAN ? timedCpPlans++ < TIMED_PLANS : step == Step.CIN_PLAN && timedCinPlans++ < TIMED_PLANS;
            // The siblings' shared meetings fall on the same days: each child's journey draws the same dates.
            long seed = r.nextLong();
            for (OpenReferral ref : siblings) {
                journey(ref, step, new Random(seed), timed);
            }
        }
        pendingReviews.forEach(review -> row(REVIEW, review));
        rows.load();
        return "families at each step " + steps + "; " + rows.counts();
    }

    // ------------------------------------------------------------------ which step

    private static final Map<Step, Double> NEW = Map.of(Step.NO_ASSESSMENT_YET, 0.5, Step.ASSESSMENT_IN_PROGRESS, 0.5);
    private static final Map<Step, Double> RECENT = Map.of(Step.ASSESSMENT_IN_PROGRESS, 0.3, Step.AWAITING_AUTHORISATION, 0.25,
            Step.S47_AWAITING_OUTCOME, 0.2, Step.S47_AWAITING_CONFERENCE, 0.25);
    private static final Map<Step, Double> ESTABLISHED = Map.of(Step.CP_PLAN, 0.35, Step.CIN_PLAN, 0.4, Step.READY_TO_CLOSE, 0.2,
            Step.ASSESSMENT_IN_PROGRESS, 0.05);
    /**
     * A family referred more than four months ago has had its assessment: one still in progress
     * after a year would be open across two census years (the DfE's 8736).
     */
    private static final Map<Step, Double> LONG_ESTABLISHED = Map.of(Step.CP_PLAN, 0.35, Step.CIN_PLAN, 0.4,
            Step.READY_TO_CLOSE, 0.2);
    static final int LATEST_OVERDUE_ASSESSMENT_DAYS = 120;
    private final Map<Map<Step, Double>, Map<Step, Integer>> taken = new LinkedHashMap<>();
    private final java.util.Set<String> plannedIn = new java.util.HashSet<>();

    /**
     * The step that fits how long ago the family was referred, spreading the families of each age
     * over its steps by their weights (the step furthest below its share next), so even the small
     * demo council has children at every step.
     */
    private Step step(LocalDate referred, String locality) {
        long days = today.toEpochDay() - referred.toEpochDay();
        if (days > DemoLongHistories.YEARS * 365L) {
            return Step.LONG_RUNNING;
        }
        Map<Step, Double> weights = days <= 8 ? NEW : days <= 46 ? RECENT
                : days <= LATEST_OVERDUE_ASSESSMENT_DAYS ? ESTABLISHED : LONG_ESTABLISHED;
        Map<Step, Integer> counts = taken.computeIfAbsent(weights, k -> new EnumMap<>(Step.class));
        if ((weights == ESTABLISHED || weights == LONG_ESTABLISHED) && locality.startsWith("Locality ") && plannedIn.add(locality)) {
            // Each locality's first established family is on a plan, so each locality's manager has protection work.
            counts.merge(Step.CP_PLAN, 1, Integer::sum);
            return Step.CP_PLAN;
        }
        Step best = null;
        double bestShare = Double.MAX_VALUE;
        for (Step s : Step.values()) {
            if (weights.containsKey(s)) {
                double share = (counts.getOrDefault(s, 0) + 1) / weights.get(s);
                if (share < bestShare) {
                    best = s;
                    bestShare = share;
                }
            }
        }
        counts.merge(best, 1, Integer::sum);
        return best;
    }

    private void journey(OpenReferral ref, Step step, Random shared, boolean timed) {
        LocalDate visitsFrom = ref.referralDate();
        int visitEvery = CIN_VISIT_WORKING_DAYS;
        switch (step) {
            case NO_ASSESSMENT_YET -> count("children allocated, no assessment yet");
            case ASSESSMENT_IN_PROGRESS -> assessmentInProgress(ref);
            case AWAITING_AUTHORISATION -> awaitingAuthorisation(ref);
            case S47_AWAITING_OUTCOME, S47_AWAITING_CONFERENCE -> {
                LocalDate latest = today.minusDays(step == Step.S47_AWAITING_CONFERENCE ? 3 : 0);
                LocalDate on = today.minusDays(3 + shared.nextInt(10));
                on = on.isAfter(ref.referralDate()) ? on : ref.referralDate().plusDays(1);
                on = on.isAfter(latest) ? latest : on;
                Enquiry enquiry = strategyAndS47(ref, on);
                if (step == Step.S47_AWAITING_CONFERENCE) {
                    LocalDate completed = on.plusDays(2 + shared.nextInt(3));
                    enquiry(ref, enquiry, completed.isAfter(today) ? today : completed, "ICPC_REQUIRED");
                    count("S47 enquiries awaiting the initial conference");
                } else {
                    enquiry(ref, enquiry, null, null);
                    count("S47 enquiries awaiting their outcome");
                }
                assessmentInProgress(ref);
            }
            case CP_PLAN -> {
                authorised(ref, "STRATEGY_DISCUSSION", "{16A,3B}");
                visitsFrom = onAPlan(ref, shared, timed);
                visitEvery = CP_VISIT_WORKING_DAYS;
            }
            case CIN_PLAN -> cinPlan(ref, authorised(ref, "CHILD_IN_NEED", FACTORS[r.nextInt(FACTORS.length)]), shared, timed);
            case READY_TO_CLOSE -> {
                authorised(ref, "NO_FURTHER_ACTION", FACTORS[r.nextInt(FACTORS.length)]);
                count("cases ready to close");
            }
            case LONG_RUNNING -> {
                LocalDate authorised = authorised(ref, "CHILD_IN_NEED", FACTORS[r.nextInt(FACTORS.length)]);
                if (DemoLongHistories.oldEnough(ref.born(), today)) {
                    return; // DemoLongHistories gives this child five years of plans, visits and supervision
                }
                cinPlan(ref, authorised, shared, false); // a younger sibling's plan, since they were born
            }
        }
        visits(ref, visitsFrom, visitEvery);
    }

    // ------------------------------------------------------------------ the assessment

    private String history(OpenReferral ref, LocalDate started) {
        return histories.of(ref.personId(), started);
    }

    private LocalDate due(OpenReferral ref) {
        return calendar.addWorkingDays(ref.referralDate(), 45);
    }

    private LocalDate started(OpenReferral ref) {
        LocalDate started = ref.referralDate().plusDays(r.nextInt(3));
        return started.isAfter(today) ? today : started;
    }

    private void assessmentInProgress(OpenReferral ref) {
        LocalDate started = started(ref);
        row(ASSESSMENT, id("single_assessment"), ref.id(), ref.personId(), started, due(ref), "IN_PROGRESS", ref.workerName(),
                at(started), wishes(ref, started), history(ref, started), null, null, null, null, "{}", null, null,
                null, null, null, null, null, null);
        event("ASSESSMENT_STARTED", started, ref, ref.workerName(), "Single assessment started");
        count("assessments in progress");
    }

    /** The worker has finished and submitted it in the last few days; a manager is to authorise it. */
    private void awaitingAuthorisation(OpenReferral ref) {
        LocalDate started = started(ref);
        LocalDate completed = today.minusDays(r.nextInt(4));
        completed = completed.isBefore(started) ? started : completed;
        String factors = FACTORS[r.nextInt(FACTORS.length)];
        row(ASSESSMENT, id("single_assessment"), ref.id(), ref.personId(), started, due(ref), "AWAITING_AUTHORISATION",
                ref.workerName(), at(started), wishes(ref, started), history(ref, started), PARENTING, CULTURE, RISK, ANALYSIS, factors,
                "CHILD_IN_NEED", "Threshold for services met.", completed, ref.workerName(), at(completed), null, null, null);
        event("ASSESSMENT_STARTED", started, ref, ref.workerName(), "Single assessment started");
        event("ASSESSMENT_SUBMITTED", completed, ref, ref.workerName(),
                "Single assessment completed on " + Dates.govuk(completed) + " and submitted for authorisation");
        count("assessments awaiting authorisation");
    }

    /** Authorised by the worker's manager, mostly within the 45 working days; null when it would not be done by today. */
    private LocalDate authorised(OpenReferral ref, String outcome, String factors) {
        LocalDate started = started(ref);
        LocalDate due = due(ref);
        LocalDate completed = r.nextInt(6) == 0 ? calendar.addWorkingDays(due, 1 + r.nextInt(15))
                : calendar.addWorkingDays(ref.referralDate(), 25 + r.nextInt(18));
        completed = completed.isAfter(today) ? today : completed;
        LocalDate authorised = completed.plusDays(r.nextInt(4));
        authorised = authorised.isAfter(today) ? today : authorised;
        row(ASSESSMENT, id("single_assessment"), ref.id(), ref.personId(), started, due, "AUTHORISED", ref.workerName(),
                at(started), wishes(ref, started), history(ref, started), PARENTING, CULTURE, RISK, ANALYSIS, factors, outcome,
                "Threshold for services met.", completed, ref.workerName(), at(completed), authorised, ref.managerName(),
                at(authorised));
        event("ASSESSMENT_STARTED", started, ref, ref.workerName(), "Single assessment started");
        event("ASSESSMENT_SUBMITTED", completed, ref, ref.workerName(),
                "Single assessment completed on " + Dates.govuk(completed) + " and submitted for authorisation");
        event("ASSESSMENT_AUTHORISED", authorised, ref, ref.managerName(), "Single assessment authorised: " + factors);
        count("assessments authorised");
        return authorised;
    }

    private static final String PARENTING = "Mum loves the children; routines break down when she is drinking.";
    private static final String CULTURE = "White British; the family are proud of their football team.";
    private static final String RISK = "Risk: domestic abuse. Protective: nan nearby, a good relationship with the health visitor.";
    private static final String ANALYSIS = "Needs are met inconsistently; without support the children are likely to suffer harm.";

    private static boolean talks(OpenReferral ref, LocalDate on) {
        return !ref.born().plusYears(CouncilGenerator.SPEAKS_FROM).isAfter(on);
    }

    private static boolean schoolAge(OpenReferral ref, LocalDate on) {
        return !ref.born().plusYears(CouncilGenerator.SCHOOL_FROM).isAfter(on);
    }

    /** The child's wishes and feelings: their words once they talk, otherwise what the worker observed. */
    private static String wishes(OpenReferral ref, LocalDate on) {
        if (!talks(ref, on)) {
            return ref.given() + " is too young to give their views; observed to be settled with mum and to reach for her when upset.";
        }
        return schoolAge(ref, on) ? "Said they like school but worry about mum." : "Said they like nursery and worry about mum.";
    }

    // ------------------------------------------------------------------ visits

    /** Visits over the last few months at about the required frequency; now and then one is late or the child not seen. */
    private void visits(OpenReferral ref, LocalDate from, int everyWorkingDays) {
        LocalDate start = from.isBefore(today.minusDays(VISIT_HISTORY_DAYS)) ? today.minusDays(VISIT_HISTORY_DAYS) : from;
        LocalDate day = calendar.addWorkingDays(start, 1 + r.nextInt(everyWorkingDays));
        while (!day.isAfter(today)) {
            if (r.nextInt(40) == 0) {
                return; // the visits stopped: this child is overdue one
            }
            boolean seen = r.nextInt(12) != 0;
            boolean talks = talks(ref, day);
            long visit = id("visit");
            row(VISIT, visit, day, ref.workerName(), "SOCIAL_WORKER", r.nextBoolean() ? "HOME" : "UNANNOUNCED", "HOME",
                    "Home conditions adequate; the child was relaxed with mum.", ref.workerName());
            row(VISIT_CHILD, visit, ref.personId(), seen, seen && talks && r.nextInt(3) != 0,
                    !seen || !talks ? null : schoolAge(ref, day) ? "Said school was \"alright\" and they want to see their dad more."
                            : "Said they want to see their dad more.");
            event("CHILD_VISIT", day, ref, ref.workerName(), seen ? "Visit: child seen" : "Visit: child not seen");
            count("visits");
            int late = r.nextInt(7) == 0 ? 1 + r.nextInt(4) : 0;
            day = calendar.addWorkingDays(day, Math.max(2, everyWorkingDays - r.nextInt(4) + late));
        }
    }

    // ------------------------------------------------------------------ child protection

    private record Enquiry(long id, long discussionId, LocalDate startedOn, LocalDate icpcDue) {
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
        row(ATTENDEE, id("strategy_attendee"), discussion, ref.workerName(), "SOCIAL_CARE", "Allocated social worker",
                at(on.plusDays(1)), ref.workerName());
        event("STRATEGY_DISCUSSION", on, ref, ref.workerName(), "Strategy discussion: Section 47 enquiry to start");
        event("S47_ENQUIRY", on, ref, ref.workerName(), "Section 47 enquiry started; initial conference due by " + Dates.govuk(icpcDue));
        return new Enquiry(id("s47_enquiry"), discussion, on, icpcDue);
    }

    private void enquiry(OpenReferral ref, Enquiry e, LocalDate completed, String outcome) {
        row(S47, e.id(), e.discussionId(), ref.personId(), e.startedOn(), e.icpcDue(), completed, outcome,
                completed == null ? null : "Medical and interviews: concerns substantiated", completed == null ? null : ref.workerName());
    }

    /**
     * Through a strategy discussion, Section 47 enquiry and initial conference to a child
     * protection plan; returns the day it started. The first few plans are timed so that their
     * review conference is due within the next few weeks (a chair's view with work coming up).
     */
    private LocalDate onAPlan(OpenReferral ref, Random shared, boolean timed) {
        LocalDate earliestDiscussion = ref.referralDate().plusDays(1 + shared.nextInt(10));
        LocalDate held = null;
        if (timed) {
            // The review due 3 months after the plan started, then every 6 months: one falling due in the next 3 weeks.
            LocalDate target = today.plusDays(shared.nextInt(21));
            for (LocalDate start = target.minusMonths(3); held == null && !start.isBefore(earliestDiscussion.plusDays(25));
                 start = start.minusMonths(6)) {
                if (!start.isAfter(today.minusDays(30))) {
                    held = start;
                }
            }
        }
        LocalDate discussion;
        if (held != null) {
            discussion = held.minusDays(19 + shared.nextInt(3));
        } else {
            discussion = earliestDiscussion.isAfter(today.minusDays(30)) ? today.minusDays(30) : earliestDiscussion;
        }
        Enquiry enquiry = strategyAndS47(ref, discussion);
        LocalDate completed = discussion.plusDays(4 + shared.nextInt(6));
        enquiry(ref, enquiry, completed, "ICPC_REQUIRED");
        if (held == null) {
            // Most initial conferences are on time; about one in five is a few working days late.
            held = shared.nextInt(5) == 0 ? calendar.addWorkingDays(enquiry.icpcDue(), 1 + shared.nextInt(6))
                    : enquiry.icpcDue().minusDays(shared.nextInt(4));
        }
        held = held.isBefore(completed) ? completed : held.isAfter(today) ? today : held;
        held = onAWorkingDay(held, completed);
        long conference = id("cp_conference");
        String category = CATEGORIES[shared.nextInt(CATEGORIES.length)];
        row(CONFERENCE, conference, ref.personId(), "INITIAL", enquiry.id(), held, "Casey Chair", attendees(ref, held),
                childViews(ref, held, "want things at home to be calmer and to see nan more."), true, category,
                "Likely significant harm: " + category, "Casey Chair", chairId);
        event("CP_CONFERENCE", held, ref, "Casey Chair", "Initial child protection conference: child protection plan");
        long plan = id("cp_plan");
        LocalDate nextCoreGroup = coreGroups(ref, plan, held, shared);
        LocalDate nextReview = reviews(ref, plan, held, category, shared);
        row(PLAN, plan, ref.personId(), conference, category, held, calendar.addWorkingDays(held, 10), held.plusMonths(3),
                shared.nextInt(10) == 0, nextReview, nextCoreGroup);
        event("CP_PLAN", held, ref, "Casey Chair", "Child protection plan started");
        // As CareLevels.onPlanStarted: the conference steps the child up from child in need to child protection.
        String reason = "Initial child protection conference: child protection plan (" + category + ")";
        row(LEVEL, id("care_level_change"), ref.personId(), "CIN", "CP", held, reason, "Casey Chair", "CONFERENCE", at(held));
        event("LEVEL_CHANGED", held, ref, "Casey Chair", "Stepped up from child in need to child protection: " + reason);
        // Each locality's first family on a plan has an escalation waiting for the locality's manager (both are
        // demo logins); the others were answered, so none waits for a manager nobody can sign in as.
        boolean waiting = ref.locality().startsWith("Locality ")
                && escalatedIn.computeIfAbsent(ref.locality(), k -> ref.contactId()) == ref.contactId();
        if (waiting || shared.nextInt(12) == 0) {
            escalation(ref, plan, held, waiting);
        }
        count("child protection plans");
        return held;
    }

    private String attendees(OpenReferral ref, LocalDate on) {
        return "Parents, " + (schoolAge(ref, on) ? "school" : "health visitor") + ", police, " + ref.workerName() + " (social worker)";
    }

    private static String childViews(OpenReferral ref, LocalDate on, String said) {
        return talks(ref, on) ? "Said they " + said
                : ref.given() + " is too young to give views; the social worker described how they are at home.";
    }

    /** Core groups every 20 working days or so, some late, and now and then one missed; returns the next due. */
    private LocalDate coreGroups(OpenReferral ref, long plan, LocalDate start, Random shared) {
        LocalDate due = calendar.addWorkingDays(start, 10);
        while (true) {
            LocalDate held = shared.nextInt(6) == 0 ? calendar.addWorkingDays(due, 1 + shared.nextInt(5)) : due.minusDays(shared.nextInt(3));
            if (held.isAfter(today) || shared.nextInt(30) == 0) {
                return due;
            }
            row(CORE_GROUP, id("cp_core_group"), plan, ref.personId(), held, attendees(ref, held),
                    r.nextInt(8) != 0, schoolAge(ref, held) ? "Some progress: school attendance up; home conditions variable."
                            : "Some progress: health appointments kept; home conditions variable.",
                    "Parenting course to continue; health visitor to visit fortnightly.", ref.workerName());
            event("CORE_GROUP", held, ref, ref.workerName(), "Core group meeting");
            count("core groups");
            due = calendar.addWorkingDays(held, 20);
        }
    }

    /**
     * Conferences are held on working days (the DfE's 8875 refuses a weekend initial
     * conference): the working day before, or after when that would be before the enquiry ended.
     */
    private LocalDate onAWorkingDay(LocalDate day, LocalDate notBefore) {
        LocalDate earlier = day;
        while (!calendar.isWorkingDay(earlier)) {
            earlier = earlier.minusDays(1);
        }
        return earlier.isBefore(notBefore) ? calendar.addWorkingDays(earlier, 1) : earlier;
    }

    /** Review conferences at 3 months and then every 6 months, some late; returns the next due. */
    private LocalDate reviews(OpenReferral ref, long plan, LocalDate start, String category, Random shared) {
        LocalDate due = start.plusMonths(3);
        while (true) {
            LocalDate held = shared.nextInt(8) == 0 ? calendar.addWorkingDays(due, 1 + shared.nextInt(10)) : due.minusDays(shared.nextInt(7));
            if (held.isAfter(today) || due.isAfter(today) || shared.nextInt(25) == 0) {
                return due;
            }
            pendingReviews.add(new Object[]{id("cp_conference"), ref.personId(), "REVIEW", null, held, "Casey Chair",
                    attendees(ref, held), childViews(ref, held, "things are a bit better at home."), true, category,
                    "Progress is not yet sustained: the plan continues.", "Casey Chair", plan, "CONTINUE_PLAN", chairId});
            event("CP_CONFERENCE", held, ref, "Casey Chair", "Review child protection conference: plan continues");
            count("review conferences");
            due = held.plusMonths(6);
        }
    }

    /** The chair's escalation; the first in each locality is still waiting for its manager's response. */
    private void escalation(OpenReferral ref, long plan, LocalDate planStarted, boolean awaitingResponse) {
        LocalDate raised = today.minusDays((awaitingResponse ? 1 : 4) + r.nextInt(20));
        raised = raised.isAfter(planStarted) ? raised : planStarted.plusDays(1);
        boolean answered = !awaitingResponse;
        if (answered ? raised.plusDays(3).isAfter(today) : raised.isAfter(today)) {
            return;
        }
        LocalDate due = calendar.addWorkingDays(raised, 5);
        row(ESCALATION, id("cp_escalation"), plan, ref.personId(),
                "Actions from the last core group have not been completed and the child has not been seen alone.",
                raised, "Casey Chair", chairId, due, answered ? "Worker to visit this week; core group brought forward." : null,
                answered ? raised.plusDays(3) : null, answered ? ref.managerName() : null);
        event("ESCALATION_RAISED", raised, ref, "Casey Chair", "Chair's escalation about plan progress");
        if (answered) {
            event("ESCALATION_RESPONDED", raised.plusDays(3), ref, ref.managerName(), "Response to the chair's escalation");
        }
        count(answered ? "escalations answered" : "escalations awaiting a response");
    }

    // ------------------------------------------------------------------ child in need plans

    /**
     * A child in need plan from soon after the assessment, reviewed every 3 months with progress
     * scores. The first few start so that their next review is due within the next 3 weeks.
     */
    private void cinPlan(OpenReferral ref, LocalDate authorised, Random shared, boolean timed) {
        LocalDate start = authorised.plusDays(1 + shared.nextInt(10));
        if (timed) {
            // The earliest start after the assessment from which 3-monthly reviews bring the next one due in the next 3 weeks.
            LocalDate target = today.plusDays(shared.nextInt(21));
            LocalDate s = target.minusMonths(CIN_REVIEW_MONTHS);
            while (!s.minusMonths(CIN_REVIEW_MONTHS).isBefore(authorised.plusDays(1))) {
                s = s.minusMonths(CIN_REVIEW_MONTHS);
            }
            if (!s.isBefore(authorised.plusDays(1))) {
                start = s;
            }
        }
        if (start.isAfter(today)) {
            return;
        }
        long plan = id("child_plan");
        row(CHILD_PLAN, plan, ref.personId(), "CIN", start, null, 0, 1, ref.workerName(), at(start));
        row(VERSION, plan, 1, json.writeValueAsString(DemoPlans.childInNeed(ref.given(), ref.born(), start)), ref.workerName(), at(start));
        event("PLAN_FINALISED", start, ref, ref.workerName(), "Plan version 1 finalised (child in need plan): 2 outcomes, 4 actions");
        int first = 2;
        int home = 3;
        List<String> outcomes = DemoPlans.outcomeIds(ref.born(), start);
        for (LocalDate held = start.plusMonths(CIN_REVIEW_MONTHS); !held.isAfter(today); held = held.plusMonths(CIN_REVIEW_MONTHS)) {
            long review = id("plan_review");
            row(PLAN_REVIEW, review, plan, ref.personId(), "CIN_REVIEW", held, "Mum, " + ref.workerName() + " (social worker)",
                    "Plan continues with the actions updated", 1, ref.workerName(), at(held));
            first = Math.max(0, Math.min(10, first + r.nextInt(4) - 1));
            home = Math.max(0, Math.min(10, home + r.nextInt(4) - 1));
            row(SCORE, review, outcomes.get(0), first);
            row(SCORE, review, outcomes.get(1), home);
            event("PLAN_REVIEW", held, ref, ref.workerName(), "Plan review (child in need review)");
            count("child in need reviews");
        }
        count("child in need plans");
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
    private static final String LEVEL = "care_level_change (id, person_id, from_level, to_level, changed_on, reason, decided_by, "
            + "source, recorded_at)";
    private static final String ASSESSMENT = "single_assessment (id, referral_id, person_id, started_on, due_on, status, "
            + "started_by, started_at, wishes_and_feelings, history, parental_capacity, culture_and_identity, risk_and_protective, "
            + "analysis, factors, outcome, outcome_reasons, completed_on, submitted_by, submitted_at, authorised_on, authorised_by, "
            + "authorised_at)";
    private static final String CHILD_PLAN = "child_plan (id, person_id, kind, started_on, draft, draft_version, latest_version, "
            + "created_by, created_at)";
    private static final String VERSION = "plan_version (plan_id, number, snapshot, finalised_by, finalised_at)";
    private static final String PLAN_REVIEW = "plan_review (id, plan_id, person_id, kind, held_on, attendance, decision, plan_version, "
            + "recorded_by, recorded_at)";
    private static final String SCORE = "plan_review_score (review_id, outcome_id, score)";
    private static final String VISIT = "visit (id, visited_on, visitor, visitor_role, visit_type, place, observations, recorded_by)";
    private static final String VISIT_CHILD = "visit_child (visit_id, person_id, seen, seen_alone, child_words)";
    private static final List<String> TABLE_ORDER = List.of(STRATEGY, ATTENDEE, S47, CONFERENCE, PLAN, REVIEW, CORE_GROUP,
            ESCALATION, LEVEL, ASSESSMENT, CHILD_PLAN, VERSION, PLAN_REVIEW, SCORE, VISIT, VISIT_CHILD);

    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[][] ATTENDEES = {
            {"DS Lowe", "POLICE", "Public protection unit"},
            {"Nurse Patel", "HEALTH", "Safeguarding nurse"},
            {"Mrs Khan", "EDUCATION", "Designated safeguarding lead"}};

    // ------------------------------------------------------------------ rows

    private void event(String type, LocalDate day, OpenReferral ref, String by, String summary) {
        rows.event(type, at(day), by, summary, null, ref.personId());
    }

    private Instant at(LocalDate day) {
        Instant at = day.atTime(10 + r.nextInt(6), r.nextInt(60)).atZone(zone).toInstant();
        return at.isAfter(now) ? now.minusSeconds(60 + r.nextInt(3_600)) : at; // today's, never later than now
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
