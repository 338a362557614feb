package org.opencsc.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.calendar.WorkingDayCalendar;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

    record OpenReferral(long id, long personId, LocalDate referralDate, long teamId, long workerId, String workerName) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final Random r;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<String, StringBuilder> rows = new java.util.HashMap<>();
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private long nextEvent;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    DemoJourneys(JdbcClient jdbc, DataSource dataSource, WorkingDayCalendar calendar, long seed, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.r = new Random(seed);
        this.today = today;
        this.zone = zone;
    }

    String generate() {
        nextEvent = nextId("event");
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
        copyAll();
        return counts.toString();
    }

    private void journey(OpenReferral ref) {
        double roll = r.nextDouble();
        LocalDate discussion = ref.referralDate().plusDays(1 + r.nextInt(10));
        if (roll < ON_A_PLAN && discussion.isBefore(today.minusDays(30))) {
            onAPlan(ref, discussion);
        } else if (roll < ON_A_PLAN + S47_RUNNING && !discussion.isAfter(today)) {
            Enquiry running = strategyAndS47(ref, discussion);
            enquiry(running, null, null);
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

    private void onAPlan(OpenReferral ref, LocalDate discussion) {
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
                "Likely significant harm: " + category, "Casey Chair");
        event("CP_CONFERENCE", held, ref, "Initial child protection conference: child protection plan");
        long plan = id("cp_plan");
        row(PLAN, plan, ref.personId(), conference, category, held, calendar.addWorkingDays(held, 10), held.plusMonths(3),
                r.nextInt(10) == 0);
        event("CP_PLAN", held, ref, "Child protection plan started");
        count("child protection plans");
    }

    // Tables in foreign-key order: COPY loads them in this order.
    private static final String STRATEGY = "strategy_discussion (id, referral_id, person_id, held_at, recorded_by, information, "
            + "s47_decision, decision_reason, icpc_due_on)";
    private static final String ATTENDEE = "strategy_attendee (id, discussion_id, name, agency, role, signed_off_at, signed_off_by)";
    private static final String S47 = "s47_enquiry (id, strategy_discussion_id, person_id, started_on, icpc_due_on, completed_on, "
            + "outcome, outcome_reason, completed_by)";
    private static final String CONFERENCE = "cp_conference (id, person_id, kind, s47_enquiry_id, held_on, chair, attendees, "
            + "child_views, plan_needed, category, reasons, recorded_by)";
    private static final String PLAN = "cp_plan (id, person_id, conference_id, category, started_on, core_group_due_on, "
            + "first_review_due_on, repeat_plan)";
    private static final String EVENT = "event (id, type, note_type, occurred_at, recorded_at, recorded_by, summary, detail)";
    private static final String SUBJECT = "event_subject (event_id, person_id, occurred_at)";
    private static final List<String> TABLE_ORDER = List.of(STRATEGY, ATTENDEE, S47, CONFERENCE, PLAN, EVENT, SUBJECT);

    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[][] ATTENDEES = {
            {"DS Lowe", "POLICE", "Public protection unit"},
            {"Nurse Patel", "HEALTH", "Safeguarding nurse"},
            {"Mrs Khan", "EDUCATION", "Designated safeguarding lead"},
            {"Social worker", "SOCIAL_CARE", "Allocated social worker"}};

    // ------------------------------------------------------------------ rows and COPY

    private void event(String type, LocalDate day, OpenReferral ref, String summary) {
        long id = nextEvent++;
        Instant at = at(day);
        row(EVENT, id, type, null, at, at, ref.workerName(), summary, null);
        row(SUBJECT, id, ref.personId(), at);
    }

    private Instant at(LocalDate day) {
        return day.atTime(10 + r.nextInt(6), r.nextInt(60)).atZone(zone).toInstant();
    }

    private void row(String table, Object... values) {
        Csv.row(rows.computeIfAbsent(table, k -> new StringBuilder()), values);
    }

    private long id(String table) {
        long id = nextIds.computeIfAbsent(table, this::nextId);
        nextIds.put(table, id + 1);
        return id;
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM " + table).query(Long.class).single();
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private void copyAll() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLE_ORDER) {
                if (rows.containsKey(table)) {
                    Csv.copy(copy, table, rows.get(table));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the generated journeys", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        List<String> tables = new ArrayList<>(nextIds.keySet());
        tables.add("event");
        for (String table : tables) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 1) FROM " + table + "))")
                    .query(Long.class).single();
        }
    }
}
