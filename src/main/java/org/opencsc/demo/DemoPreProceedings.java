package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.plainenglish.PlainEnglish;
import org.opencsc.platform.pdf.HtmlToPdf;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pre-proceedings under the Public Law Outline for a share of the children on a child protection
 * plan (about {@link #SHARE} of the open cases, as councils report): the legal planning meeting that
 * decided to enter them, with the decision log entry for each child; the pre-proceedings meeting and
 * reviews, planned and held; family group decision making offered and held; and for some the end:
 * stepped down to the child protection plan, care proceedings issued with the court application
 * date, or the 16-week aim extended with its reason. Siblings on plans together go in together,
 * with one letter before proceedings ({@link DemoLetters}): sent, or a draft when just started.
 *
 * <p>Written with COPY like the rest of the generator, keeping to the rules the legal services
 * enforce (every date from the start on, a review after the initial meeting, a held meeting not in
 * the future, an outcome after the initial meeting, the court date on or after the step decision,
 * an extension after the current aim) and with the chronology events they append. See {@link Story}.
 */
final class DemoPreProceedings {

    /** The share of open children's cases in pre-proceedings: about 3-5% in councils' own figures. */
    static final double SHARE = 0.04;
    /** The Public Law Outline's aim: the step decision within 16 weeks of the start. */
    static final int AIM_WEEKS = 16;
    static final String PLACE = "Family room, Civic Centre";

    private static final String DECISION = "critical_decision (id, person_id, kind, decision, why, alternatives, decided_by_id, "
            + "decided_by, decided_at, also_about)";
    private static final String MEETING = "legal_planning_meeting (id, held_on, social_worker_id, manager_id, legal_adviser_id, "
            + "others_present, threshold_discussion, decision, reasons, decision_id, recorded_by, recorded_by_id, recorded_at)";
    private static final String MEETING_CHILD = "legal_planning_meeting_child (meeting_id, person_id)";
    private static final String PP = "pre_proceedings (id, person_id, meeting_id, started_on, aim_on, aim_set_how, fgdm_offered_on, "
            + "fgdm_held_on, step_decision_on, outcome, outcome_reasons, court_application_on, issue_letter_sent_on, recorded_by, "
            + "recorded_at, version)";
    private static final String EXTENSION = "pre_proceedings_extension (id, pre_proceedings_id, previous_aim_on, new_aim_on, reason, "
            + "decided_by, decided_at)";
    private static final String PP_MEETING = "pre_proceedings_meeting (id, pre_proceedings_id, kind, planned_on, planned_at_time, place, "
            + "held_on, attendance, summary, recorded_by, recorded_at, version)";

    /**
     * What happened in one family's pre-proceedings, in weeks from the start ({@code null}: not
     * (yet) done). A meeting planned after {@code weeksAgo} is still to come; one before it and
     * not held is overdue.
     */
    enum Story {
        // In the order they are handed out: the ones needing the longest plan first.
        EXTENDED(17, 2, 1, 6, List.of(new Review(8, true), new Review(14, true), new Review(18, false)), 15, 22, null, null),
        PAST_AIM(17, 2, 1, 6, List.of(new Review(8, true), new Review(14, true)), null, null, null, null),
        STEPPED_DOWN(14, 2, 1, 5, List.of(new Review(6, true), new Review(11, true)), null, null, 12, "STEP_DOWN_CP"),
        PROCEEDINGS_ISSUED(13, 2, 1, null, List.of(new Review(6, true)), null, null, 10, "ISSUE_PROCEEDINGS"),
        REVIEW_OVERDUE(11, 2, 1, null, List.of(new Review(10, false)), null, null, null, null),
        UNDER_WAY(9, 2, 1, 5, List.of(new Review(8, true), new Review(14, false)), null, null, null, null),
        JUST_STARTED(2, 3, null, null, List.of(), null, null, null, null);

        final int weeksAgo;
        final int initialWeek;
        final Integer fgdmOfferedWeek;
        final Integer fgdmHeldWeek;
        final List<Review> reviews;
        final Integer extendedWeek;
        final Integer newAimWeek;
        final Integer decisionWeek;
        final String outcome;

        Story(int weeksAgo, int initialWeek, Integer fgdmOfferedWeek, Integer fgdmHeldWeek, List<Review> reviews, Integer extendedWeek,
              Integer newAimWeek, Integer decisionWeek, String outcome) {
            this.weeksAgo = weeksAgo;
            this.initialWeek = initialWeek;
            this.fgdmOfferedWeek = fgdmOfferedWeek;
            this.fgdmHeldWeek = fgdmHeldWeek;
            this.reviews = reviews;
            this.extendedWeek = extendedWeek;
            this.newAimWeek = newAimWeek;
            this.decisionWeek = decisionWeek;
            this.outcome = outcome;
        }
    }

    record Review(int week, boolean held) {
    }

    /** A child on an open child protection plan, with the worker and manager of the case. */
    record Child(long personId, String given, LocalDate planStarted, long contactId, long workerId, String worker, long managerId,
                 String manager, LocalDate staffStarted) {
    }

    private final JdbcClient jdbc;
    private final CopyRows rows;
    private final DemoDocuments documents;
    private final DemoLetters letters;
    private final Random r;
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;
    private final java.util.Set<Story> used = java.util.EnumSet.noneOf(Story.class);
    private long legalId;
    private String legalName;

    DemoPreProceedings(JdbcClient jdbc, DataSource dataSource, HtmlToPdf pdf, WorkingDayCalendar calendar, PlainEnglish plainEnglish,
                       JsonMapper json, long seed, Instant now, ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = new CopyRows(jdbc, dataSource, List.of(DECISION, MEETING, MEETING_CHILD, PP, EXTENSION, PP_MEETING,
                DemoLetters.LETTER, DemoLetters.CHILD, DemoLetters.RECIPIENT, DemoLetters.SECTION,
                DemoDocuments.DOCUMENT, DemoDocuments.SUBJECT, DemoDocuments.CONTENT, DemoLetters.SENT));
        this.r = new Random(seed);
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.zone = zone;
        this.documents = new DemoDocuments(rows, pdf, r, this::at);
        this.letters = new DemoLetters(jdbc, rows, pdf, calendar, plainEnglish, json, this::at);
    }

    String generate() {
        jdbc.sql("SELECT id, display_name FROM app_user WHERE username = 'legal'").query(rs -> {
            legalId = rs.getLong(1);
            legalName = rs.getString(2);
        });
        long openCases = jdbc.sql("""
                        SELECT count(*) FROM referral r JOIN person p ON p.id = r.person_id WHERE r.closure_date IS NULL AND p.is_child
                        """).query(Long.class).single();
        List<List<Child>> families = new ArrayList<>(familiesOnPlans());
        Collections.shuffle(families, r);
        // The oldest plans first, so the stories that need the longest time on a plan find one.
        families.sort(java.util.Comparator.comparing(this::latestStart));
        long wanted = Math.max(Math.round(openCases * SHARE), 1);
        int children = 0;
        int n = 0;
        for (List<Child> family : families) {
            if (children >= wanted && n >= Story.values().length) {
                break;
            }
            Story story = fitting(family, n);
            if (story == null) {
                continue;
            }
            preProceedings(family, story, n < DemoDocuments.FAMILIES_WITH_DOCUMENTS);
            children += family.size();
            n++;
            rows.count(story.name());
        }
        rows.load();
        return "pre-proceedings for " + children + " children of " + openCases + " open cases " + rows.counts();
    }

    /** Children on an open plan in an open case, by the contact they were referred on together. */
    private java.util.Collection<List<Child>> familiesOnPlans() {
        Map<Long, List<Child>> byContact = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT cp.person_id, p.given_name, cp.started_on, r.contact_id, u.id, u.display_name, m.id, m.display_name,
                               greatest(u.started_on, m.started_on)
                        FROM cp_plan cp JOIN person p ON p.id = cp.person_id
                        JOIN referral r ON r.person_id = cp.person_id AND r.closure_date IS NULL AND r.referral_date <= cp.started_on
                        JOIN app_user u ON u.id = r.worker_id JOIN app_user m ON m.id = u.line_manager_id
                        WHERE cp.ended_on IS NULL AND p.is_child
                          AND NOT EXISTS (SELECT 1 FROM pre_proceedings pp WHERE pp.person_id = cp.person_id)
                        ORDER BY r.contact_id, cp.person_id""")
                .query((rs, i) -> new Child(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getString(8), rs.getDate(9).toLocalDate()))
                .list()
                .forEach(c -> byContact.computeIfAbsent(c.contactId(), k -> new ArrayList<>()).add(c));
        return byContact.values();
    }

    /** Each story once, the first that fits, then in turn; null when none fits the family's plans and staff. */
    private Story fitting(List<Child> family, int n) {
        LocalDate latest = latestStart(family);
        Story[] stories = Story.values();
        for (int k = n < stories.length ? 0 : n; k < (n < stories.length ? stories.length : n + stories.length); k++) {
            Story story = stories[k % stories.length];
            // A week on the plan before the legal planning meeting at least.
            if ((n >= stories.length || !used.contains(story)) && today.minusWeeks(story.weeksAgo).isAfter(latest.plusWeeks(1))) {
                used.add(story);
                return story;
            }
        }
        return null;
    }

    /** The latest of the family's plan starts and their worker's and manager's start dates. */
    private LocalDate latestStart(List<Child> family) {
        return family.stream().map(c -> c.planStarted().isAfter(c.staffStarted()) ? c.planStarted() : c.staffStarted())
                .max(LocalDate::compareTo).orElseThrow();
    }

    private void preProceedings(List<Child> family, Story story, boolean withDocuments) {
        Child first = family.getFirst();
        LocalDate start = today.minusWeeks(story.weeksAgo).minusDays(r.nextInt(4));
        List<Long> ids = family.stream().map(Child::personId).toList();
        String names = names(family);
        Instant meetingAt = at(start);
        long meeting = rows.id("legal_planning_meeting");
        String decision = "Legal planning meeting on " + Dates.govuk(start) + ": Enter pre-proceedings under the Public Law Outline";
        String reasons = "The plan has not brought the change " + names + " need: home conditions and the drinking have not improved in "
                + "the months on the plan. A last chance to change with clear help and a clear timescale, before going to court.";
        String alternatives = "{\"Issue care proceedings now: the family are working with us and some change is possible\","
                + "\"Continue under the child protection plan alone: it has not brought enough change\"}";
        String threshold = "We agreed the threshold for proceedings is met: " + names + " are likely to suffer significant harm "
                + "from neglect if nothing changes.";
        long firstDecision = 0;
        // Made for the brothers and sisters together, as oversight.Decisions records it: each child's entry
        // names the others (its reasons name them all) and one chronology entry is about them all.
        for (Child c : family) {
            long id = rows.id("critical_decision");
            firstDecision = firstDecision == 0 ? id : firstDecision;
            String others = ids.stream().filter(p -> p != c.personId()).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            rows.row(DECISION, id, c.personId(), "PRE_PROCEEDINGS", decision, reasons, alternatives, legalId, legalName, meetingAt, others);
        }
        events(ids, "DECISION", meetingAt, legalName, "Decision (Pre-proceedings) by " + legalName,
                "Decision: " + decision + "\n\nWhy: " + reasons);
        rows.row(MEETING, meeting, start, first.workerId(), first.managerId(), legalId, null, threshold, "ENTER_PRE_PROCEEDINGS", reasons,
                firstDecision, legalName, legalId, meetingAt);
        events(ids, "LEGAL_PLANNING_MEETING", meetingAt, legalName, "Legal planning meeting: Enter pre-proceedings under the Public Law Outline",
                "Attended: " + first.worker() + " (social worker), " + first.manager() + " (manager), " + legalName
                        + " (legal adviser)\n\nThreshold: " + threshold + "\n\nReasons: " + reasons);
        LocalDate aim = start.plusWeeks(AIM_WEEKS);
        List<DemoLetters.OnLetter> onLetter = new ArrayList<>();
        Planned invitedTo = null;
        for (Child c : family) {
            rows.row(MEETING_CHILD, meeting, c.personId());
            rows.event("PRE_PROCEEDINGS", meetingAt, legalName, "Pre-proceedings started", "Started " + Dates.govuk(start)
                    + "; the aim is to decide by " + Dates.govuk(aim) + " (" + AIM_WEEKS + " weeks from the legal planning meeting on "
                    + Dates.govuk(start) + ")", c.personId());
            long pp = rows.id("pre_proceedings");
            Planned initial = steps(pp, meeting, c, start, story, meetingAt);
            invitedTo = invitedTo == null ? initial : invitedTo;
            onLetter.add(new DemoLetters.OnLetter(c, pp));
            if (withDocuments) {
                documents.onRecord(c, start, c == first ? ids : List.of());
            }
        }
        // One letter for the sibling group, inviting to the first child's initial meeting: sent
        // when it offered family group decision making, else (just started) still a draft.
        boolean sent = story.fgdmOfferedWeek != null;
        LocalDate sentOn = letters.sentOn(start);
        letters.letter(onLetter, invitedTo.id(), invitedTo.on(), PLACE, aim, true, sent ? sentOn.minusDays(2) : start.plusDays(2),
                sent ? sentOn : null);
    }

    /** A meeting as planned: its id and date. */
    private record Planned(long id, LocalDate on) {
    }

    /** One child's pre-proceedings row and its meetings, extension and step decision: the initial meeting. */
    private Planned steps(long pp, long meeting, Child c, LocalDate start, Story story, Instant startedAt) {
        LocalDate aim = start.plusWeeks(AIM_WEEKS);
        int version = 0;
        // Offered in the letter before proceedings, so on the day it was sent.
        LocalDate offered = story.fgdmOfferedWeek == null ? null : letters.sentOn(start);
        LocalDate held = week(start, story.fgdmHeldWeek);
        if (offered != null) {
            version++;
            rows.event("PRE_PROCEEDINGS", at(offered), c.worker(), "Family group decision making offered",
                    "Offered on " + Dates.govuk(offered) + " in the letter before proceedings", c.personId());
        }
        if (held != null) {
            version++;
            rows.event("PRE_PROCEEDINGS", at(held), c.worker(), "Family group decision making held",
                    "The family group conference was held on " + Dates.govuk(held) + "; nan and an aunt offered weekend help.", c.personId());
        }
        // Each review is planned when the meeting before it is held (the first when pre-proceedings start).
        Planned initial = meeting(pp, c, "INITIAL", start.plusDays(1), weekday(start.plusWeeks(story.initialWeek)), true);
        LocalDate previous = initial.on();
        for (Review review : story.reviews) {
            previous = meeting(pp, c, "REVIEW", previous, weekday(start.plusWeeks(review.week())), review.held()).on();
        }
        LocalDate aimOn = aim;
        if (story.extendedWeek != null) {
            version++;
            LocalDate decided = start.plusWeeks(story.extendedWeek);
            aimOn = start.plusWeeks(story.newAimWeek);
            String reason = "The parenting assessment reports in three weeks; the family are making progress and need it to show.";
            rows.row(EXTENSION, rows.id("pre_proceedings_extension"), pp, aim, aimOn, reason, c.manager(), at(decided));
            rows.event("PRE_PROCEEDINGS", at(decided), c.manager(), "Pre-proceedings aim extended",
                    "From " + Dates.govuk(aim) + " to " + Dates.govuk(aimOn) + ": " + reason, c.personId());
        }
        LocalDate decidedOn = week(start, story.decisionWeek);
        String outcomeReasons = null;
        LocalDate court = null;
        if (decidedOn != null) {
            version++;
            boolean issued = story.outcome.equals("ISSUE_PROCEEDINGS");
            outcomeReasons = issued ? "No change since the start despite the help offered; the children were found alone again at night."
                    : "Mum has completed the alcohol programme and the home is safe; the plan continues to support the change.";
            String label = issued ? "Issue care proceedings" : "Step down: continue under a child protection plan";
            court = issued ? decidedOn.plusWeeks(1) : null;
            long id = rows.id("critical_decision");
            Instant at = at(decidedOn);
            rows.row(DECISION, id, c.personId(), "PRE_PROCEEDINGS", "Step decision on " + Dates.govuk(decidedOn) + ": " + label,
                    outcomeReasons, issued ? "{\"Extend pre-proceedings: no change to build on\"}" : "{\"Issue care proceedings: the change is real\"}",
                    c.managerId(), c.manager(), at, "{}");
            rows.event("DECISION", at, c.manager(), "Decision (Pre-proceedings) by " + c.manager(), "Decision: " + label + "\n\nWhy: "
                    + outcomeReasons, c.personId());
            rows.event("PRE_PROCEEDINGS", at, c.manager(), "Pre-proceedings step decision: " + label, outcomeReasons
                    + (court == null ? "" : "\n\nCourt application made on " + Dates.govuk(court)), c.personId());
        }
        rows.row(PP, pp, c.personId(), meeting, start, aimOn, AIM_WEEKS + " weeks from the legal planning meeting on " + Dates.govuk(start),
                offered, held, decidedOn, story.outcome, outcomeReasons, court, court, legalName, startedAt, version);
        return initial;
    }

    /**
     * A meeting planned on one day for another, held then if it is meant to be and that day has
     * passed (a review meant to be held but not is overdue, for the panel to show): its date.
     */
    private Planned meeting(long pp, Child c, String kind, LocalDate plannedWhen, LocalDate on, boolean meantToBeHeld) {
        String what = kind.equals("INITIAL") ? "Pre-proceedings meeting" : "Pre-proceedings review";
        Instant plannedAt = at(plannedWhen.isAfter(today) ? today : plannedWhen);
        rows.event("PRE_PROCEEDINGS_MEETING", plannedAt, c.worker(), what + " planned", "On " + Dates.govuk(on) + " at " + PLACE,
                c.personId());
        boolean held = meantToBeHeld && !on.isAfter(today);
        String attendance = held ? "Mum, her solicitor, " + c.worker() + " (social worker), " + c.manager() + " (manager), the local "
                + "authority's solicitor" : null;
        String summary = held ? "We went through what must change and the help on offer. Mum agreed to the alcohol programme and "
                + "to daily school runs with nan's help." : null;
        long id = rows.id("pre_proceedings_meeting");
        rows.row(PP_MEETING, id, pp, kind, on, "10:00", PLACE, held ? on : null, attendance, summary,
                c.worker(), plannedAt, held ? 1 : 0);
        if (held) {
            rows.event("PRE_PROCEEDINGS_MEETING", at(on), c.worker(), what + " held", "Held on " + Dates.govuk(on) + ". " + summary,
                    c.personId());
        }
        return new Planned(id, on);
    }

    /** Meetings are on working days: a weekend day moves to the Monday. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private void events(List<Long> ids, String type, Instant at, String by, String summary, String detail) {
        long id = rows.id("event");
        rows.row(CopyRows.EVENT, id, type, null, at, at, by, summary, detail);
        ids.forEach(p -> rows.row(CopyRows.SUBJECT, id, p, at));
    }

    private static LocalDate week(LocalDate start, Integer week) {
        return week == null ? null : start.plusWeeks(week);
    }

    private static String names(List<Child> family) {
        return DemoLetters.names(family.stream().map(Child::given).toList());
    }

    /** A time in the working day; today's never later than now. */
    Instant at(LocalDate day) {
        Instant at = day.atTime(9 + r.nextInt(7), r.nextInt(60)).atZone(zone).toInstant();
        return at.isAfter(now) ? now.minusSeconds(60 + r.nextInt(3_600)) : at;
    }
}
