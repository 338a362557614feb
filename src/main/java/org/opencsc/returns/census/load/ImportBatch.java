package org.opencsc.returns.census.load;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.Names;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows one import writes, built child by child and inserted in batches, in the order the
 * foreign keys need. Each record is written once: one the child already has (found by its natural
 * key: a referral on the same date, an assessment or enquiry with the same start in that episode,
 * a plan with the same start, a review on the same day) is left as it is and counted as already
 * present, so an overlapping second file adds only what is new.
 *
 * <p>How each census item becomes a record follows the brief's derivation, so the export gives
 * the same values back: see the methods below. Not thread-safe; one per import transaction.
 */
final class ImportBatch {

    private static final int FLUSH_AT = 20_000;
    static final int ASSESSMENT_WORKING_DAYS = 45;
    static final int ICPC_WORKING_DAYS = 15;
    static final int FIRST_CORE_GROUP_WORKING_DAYS = 10;

    private final JdbcClient jdbc;
    private final EventLog eventLog;
    private final WorkingDays days;
    private final Clock clock;
    private final long importId;
    private final String fileName;
    private final String recordedBy;
    private final String imported;
    private final String emptyPlan;

    private final IdPool personIds;
    private final IdPool referralIds;
    private final IdPool assessmentIds;
    private final IdPool discussionIds;
    private final IdPool enquiryIds;
    private final IdPool conferenceIds;
    private final IdPool planIds;
    private final IdPool childPlanIds;

    private final BatchRows people = new BatchRows("person", "id bigint", "is_child boolean", "family_name text",
            "date_of_birth date", "expected_date_of_birth date", "gender text", "ethnicity text", "upn char(13)",
            "la_child_id text", "former_upn char(13)", "upn_unknown_reason text", "date_of_death date", "census_import_id bigint");
    private final BatchRows names = new BatchRows("person_name", "person_id bigint", "kind text", "family_name text",
            "given_norm text", "family_norm text");
    private final BatchRows disabilities = new BatchRows("person_disability", "person_id bigint", "code text");
    private final BatchRows referrals = new BatchRows("referral", "id bigint", "person_id bigint", "referral_date date",
            "source_code text", "primary_need_code text", "re_referral boolean", "previous_referral_id bigint",
            "closure_date date", "closure_reason text", "census_referral_nfa boolean", "census_import_id bigint");
    private final BatchRows assessments = new BatchRows("single_assessment", "id bigint", "referral_id bigint",
            "person_id bigint", "started_on date", "due_on date", "status text", "started_by text", "started_at timestamptz",
            "factors text[]", "completed_on date", "authorised_on date", "authorised_by text", "authorised_at timestamptz",
            "internal_review_date date", "census_import_id bigint");
    private final BatchRows discussions = new BatchRows("strategy_discussion", "id bigint", "referral_id bigint",
            "person_id bigint", "held_at timestamptz", "recorded_by text", "information text", "s47_decision text",
            "decision_reason text", "icpc_due_on date", "census_import_id bigint");
    private final BatchRows enquiries = new BatchRows("s47_enquiry", "id bigint", "strategy_discussion_id bigint",
            "person_id bigint", "started_on date", "icpc_due_on date", "completed_on date", "outcome text",
            "outcome_reason text", "completed_by text", "census_import_id bigint");
    private final BatchRows initialConferences = conferenceRows();
    private final BatchRows plans = new BatchRows("cp_plan", "id bigint", "person_id bigint", "conference_id bigint",
            "category text", "started_on date", "core_group_due_on date", "first_review_due_on date", "repeat_plan boolean",
            "ended_on date", "next_review_due_on date", "next_core_group_due_on date", "previous_plans integer",
            "latest_category text", "census_import_id bigint");
    private final BatchRows reviewConferences = conferenceRows();
    private final BatchRows childPlans = new BatchRows("child_plan", "id bigint", "person_id bigint", "kind text",
            "started_on date", "draft jsonb", "created_by text", "ended_on date", "census_import_id bigint");
    private final List<NewEvent> events = new ArrayList<>();

    /** Natural keys of what the children already have, and of what this batch has added. */
    private final Map<Long, NavigableMap<LocalDate, Long>> referralsByPerson = new HashMap<>();
    private final Set<String> assessmentKeys = new HashSet<>();
    private final Map<String, Long> enquiryKeys = new HashMap<>();
    private final Map<Long, NavigableMap<LocalDate, LocalDate>> plansByPerson = new HashMap<>();
    private final Map<String, Long> planKeys = new HashMap<>();
    private final Set<String> reviewKeys = new HashSet<>();
    private final Set<String> cinPlanKeys = new HashSet<>();

    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int alreadyPresent;

    ImportBatch(JdbcClient jdbc, EventLog eventLog, WorkingDays days, Clock clock, long importId, String fileName,
                String recordedBy, String emptyPlan) {
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.days = days;
        this.clock = clock;
        this.importId = importId;
        this.fileName = fileName;
        this.recordedBy = recordedBy;
        this.imported = "Imported from census file " + fileName;
        this.emptyPlan = emptyPlan;
        personIds = new IdPool(jdbc, "person");
        referralIds = new IdPool(jdbc, "referral");
        assessmentIds = new IdPool(jdbc, "single_assessment");
        discussionIds = new IdPool(jdbc, "strategy_discussion");
        enquiryIds = new IdPool(jdbc, "s47_enquiry");
        conferenceIds = new IdPool(jdbc, "cp_conference");
        planIds = new IdPool(jdbc, "cp_plan");
        childPlanIds = new IdPool(jdbc, "child_plan");
        for (String kind : List.of("people", "referrals", "assessments", "strategyDiscussions", "section47s",
                "conferences", "cpPlans", "reviews", "cinPlans", "events")) {
            added.put(kind, 0);
        }
    }

    private static BatchRows conferenceRows() {
        return new BatchRows("cp_conference", "id bigint", "person_id bigint", "kind text", "s47_enquiry_id bigint",
                "plan_id bigint", "held_on date", "chair text", "attendees text", "child_views text", "plan_needed boolean",
                "category text", "decision text", "reasons text", "recorded_by text", "census_import_id bigint");
    }

    Map<String, Integer> added() {
        return added;
    }

    List<String> notes() {
        return notes;
    }

    int alreadyPresent() {
        return alreadyPresent;
    }

    // ------------------------------------------------------------------ people

    void addEvents(List<NewEvent> more) {
        events.addAll(more);
    }

    /** A child new to OpenCSC becomes a person with the file's identifiers and characteristics. */
    long newPerson(CensusChild c) {
        long id = personIds.next();
        ChildIdentifiers ids = c.identifiers();
        people.add(id, true, CensusPeople.NAME_NOT_KNOWN, ids.personBirthDate(), ids.expectedPersonBirthDate(),
                CensusPeople.gender(ids.sex()), c.characteristics().ethnicity(), upn(ids.upn()), ids.laChildId(),
                upn(ids.formerUpn()), ids.upnUnknown(), ids.personDeathDate(), importId);
        names.add(id, "CURRENT", CensusPeople.NAME_NOT_KNOWN, "", Names.normalise(CensusPeople.NAME_NOT_KNOWN));
        c.characteristics().disabilities().stream().filter(Objects::nonNull).distinct()
                .forEach(code -> disabilities.add(id, code));
        events.add(NewEvent.of(EventType.PERSON_CREATED, Instant.now(clock), recordedBy,
                "Record created from census file " + fileName + " (LAchildID " + ids.laChildId() + ")",
                "The census gives no name: add the child's name from the council's other records.", List.of(id)));
        count("people");
        return id;
    }

    /**
     * Reads what the matched children already have, so that nothing is written twice. One query
     * per kind of record for all of them.
     */
    void loadExisting(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Long[] ids = personIds.stream().distinct().toArray(Long[]::new);
        jdbc.sql("SELECT id, person_id, referral_date FROM referral WHERE person_id = ANY(:ids::bigint[])").param("ids", ids)
                .query(rs -> {
                    referralsByPerson.computeIfAbsent(rs.getLong("person_id"), k -> new TreeMap<>())
                            .putIfAbsent(rs.getDate("referral_date").toLocalDate(), rs.getLong("id"));
                });
        jdbc.sql("""
                        SELECT a.referral_id, a.started_on FROM single_assessment a JOIN referral r ON r.id = a.referral_id
                        WHERE r.person_id = ANY(:ids::bigint[])
                        """).param("ids", ids)
                .query(rs -> {
                    assessmentKeys.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate());
                });
        jdbc.sql("""
                        SELECT d.referral_id, e.started_on, e.id FROM s47_enquiry e JOIN strategy_discussion d ON d.id = e.strategy_discussion_id
                        WHERE e.person_id = ANY(:ids::bigint[])
                        """).param("ids", ids)
                .query(rs -> {
                    enquiryKeys.putIfAbsent(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate(), rs.getLong(3));
                });
        jdbc.sql("SELECT id, person_id, started_on, ended_on FROM cp_plan WHERE person_id = ANY(:ids::bigint[])").param("ids", ids)
                .query(rs -> {
                    LocalDate start = rs.getDate("started_on").toLocalDate();
                    LocalDate end = rs.getDate("ended_on") == null ? null : rs.getDate("ended_on").toLocalDate();
                    plansByPerson.computeIfAbsent(rs.getLong("person_id"), k -> new TreeMap<>()).put(start, end);
                    planKeys.putIfAbsent(rs.getLong("person_id") + "|" + start, rs.getLong("id"));
                });
        jdbc.sql("""
                        SELECT c.plan_id, c.held_on FROM cp_conference c WHERE c.kind = 'REVIEW' AND c.person_id = ANY(:ids::bigint[])
                        """).param("ids", ids)
                .query(rs -> {
                    reviewKeys.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate());
                });
        jdbc.sql("SELECT person_id, started_on FROM child_plan WHERE kind = 'CIN' AND person_id = ANY(:ids::bigint[])")
                .param("ids", ids)
                .query(rs -> {
                    cinPlanKeys.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate());
                });
    }

    // ------------------------------------------------------------------ episodes

    /** The child's episodes, oldest first (so a re-referral's earlier referral is written before it). */
    void episodes(long personId, CensusChild c) {
        // Every plan the child has, in OpenCSC and in the file, before any is written: the number of
        // previous plans and "repeat plan" count the child's whole history, not the file's order.
        NavigableMap<LocalDate, LocalDate> childPlansHeld = plansByPerson.computeIfAbsent(personId, k -> new TreeMap<>());
        for (CinDetails cd : c.cinDetails()) {
            for (ChildProtectionPlan p : cd.childProtectionPlans()) {
                if (!planKeys.containsKey(personId + "|" + p.startDate())) {
                    childPlansHeld.putIfAbsent(p.startDate(), p.endDate());
                }
            }
        }
        c.cinDetails().stream().sorted(Comparator.comparing(CinDetails::cinReferralDate))
                .forEach(cd -> episode(personId, c.laChildId(), cd));
        if (pending() >= FLUSH_AT) {
            flush();
        }
    }

    private void episode(long personId, String laChildId, CinDetails cd) {
        NavigableMap<LocalDate, Long> held = referralsByPerson.computeIfAbsent(personId, k -> new TreeMap<>());
        Long referralId = held.get(cd.cinReferralDate());
        if (referralId != null) {
            alreadyPresent++;
        } else {
            referralId = referralIds.next();
            Map.Entry<LocalDate, Long> previous = held.lowerEntry(cd.cinReferralDate());
            if (previous != null && !previous.getKey().isAfter(cd.cinReferralDate().minusMonths(12))) {
                previous = null;
            }
            referrals.add(referralId, personId, cd.cinReferralDate(), cd.referralSource(), cd.primaryNeedCode(),
                    previous != null, previous == null ? null : previous.getValue(), cd.cinClosureDate(),
                    cd.reasonForClosure(), cd.referralNfa(), importId);
            held.put(cd.cinReferralDate(), referralId);
            event(EventType.REFERRAL, cd.cinReferralDate(), personId, "Referral: source " + cd.referralSource()
                    + (cd.primaryNeedCode() == null ? "" : ", primary need " + cd.primaryNeedCode())
                    + (previous != null ? " (re-referral)" : ""), null);
            if (cd.cinClosureDate() != null) {
                event(EventType.CASE_CLOSED, cd.cinClosureDate(), personId, "Case closed"
                        + (cd.reasonForClosure() == null ? "" : ": reason " + cd.reasonForClosure()), null);
            }
            count("referrals");
        }
        for (Assessment a : cd.assessments()) {
            assessment(personId, referralId, cd.cinReferralDate(), a);
        }
        Map<LocalDate, Long> planConferences = new HashMap<>();
        LocalDate earliestIcpc = null;
        for (Section47 s : cd.section47s()) {
            enquiry(personId, referralId, s, cd, planConferences);
            if (s.dateOfInitialCpc() != null && (earliestIcpc == null || s.dateOfInitialCpc().isBefore(earliestIcpc))) {
                earliestIcpc = s.dateOfInitialCpc();
            }
        }
        if (cd.dateOfInitialCpc() != null && !cd.dateOfInitialCpc().equals(earliestIcpc)) {
            notes.add("LAchildID " + laChildId + ", referral of " + cd.cinReferralDate() + ": DateOfInitialCPC "
                    + cd.dateOfInitialCpc() + " is not the initial conference of any Section 47 enquiry in the file, and "
                    + "OpenCSC keeps an initial conference only with its enquiry: it was not loaded");
        }
        for (ChildProtectionPlan p : cd.childProtectionPlans()) {
            plan(personId, p, planConferences);
        }
        for (CinPlanDates plan : cd.cinPlanDates()) {
            cinPlan(personId, plan);
        }
    }

    /**
     * A single_assessment: AUTHORISED (completed and authorised on the authorisation date) when the
     * file has one, else in progress; due 45 working days after the referral, as the app counts it.
     */
    private void assessment(long personId, long referralId, LocalDate referralDate, Assessment a) {
        if (!assessmentKeys.add(referralId + "|" + a.actualStartDate())) {
            alreadyPresent++;
            return;
        }
        long id = assessmentIds.next();
        boolean authorised = a.authorisationDate() != null;
        Instant started = LondonTime.placeDate(a.actualStartDate(), clock);
        assessments.add(id, referralId, personId, a.actualStartDate(), days.addWorkingDays(referralDate, ASSESSMENT_WORKING_DAYS),
                authorised ? "AUTHORISED" : "IN_PROGRESS", imported, started, a.factors(),
                a.authorisationDate(), a.authorisationDate(), authorised ? imported : null,
                authorised ? LondonTime.placeDate(a.authorisationDate(), clock) : null, a.internalReviewDate(), importId);
        event(EventType.ASSESSMENT_STARTED, a.actualStartDate(), personId, "Single assessment started", null);
        if (authorised) {
            event(EventType.ASSESSMENT_AUTHORISED, a.authorisationDate(), personId, "Single assessment authorised"
                    + (a.factors().isEmpty() ? "" : ": factors " + String.join(", ", a.factors())), null);
        }
        count("assessments");
    }

    /**
     * A strategy discussion that started the enquiry (on its start day) and the s47_enquiry, with
     * the file's conference target. ICPCnotRequired: completed that day with an outcome that is not
     * ICPC_REQUIRED. A conference date: completed as needing one, and the INITIAL conference, which
     * starts the episode's plan of that day when there is one.
     */
    private void enquiry(long personId, long referralId, Section47 s, CinDetails cd, Map<LocalDate, Long> planConferences) {
        String key = referralId + "|" + s.actualStartDate();
        if (enquiryKeys.containsKey(key)) {
            alreadyPresent++;
            return;
        }
        long discussionId = discussionIds.next();
        long enquiryId = enquiryIds.next();
        enquiryKeys.put(key, enquiryId);
        LocalDate target = s.initialCpcTarget() != null ? s.initialCpcTarget()
                : days.addWorkingDays(s.actualStartDate(), ICPC_WORKING_DAYS);
        discussions.add(discussionId, referralId, personId, LondonTime.placeDate(s.actualStartDate(), clock), recordedBy,
                imported + ": the census records the Section 47 enquiry this discussion started, not the discussion itself.",
                "START_S47", imported, target, importId);
        LocalDate icpc = s.dateOfInitialCpc();
        boolean notRequired = Boolean.TRUE.equals(s.icpcNotRequired());
        LocalDate completed = notRequired ? s.actualStartDate()
                : icpc == null ? null : icpc.isBefore(s.actualStartDate()) ? s.actualStartDate() : icpc;
        String outcome = notRequired ? "CONCERNS_NOT_SUBSTANTIATED" : icpc == null ? null : "ICPC_REQUIRED";
        enquiries.add(enquiryId, discussionId, personId, s.actualStartDate(), target, completed, outcome,
                outcome == null ? null : imported + (notRequired
                        ? ": the census says no initial conference was required (not whether concerns were substantiated),"
                        + " nor the day the enquiry ended" : ": the census does not give the day the enquiry ended"),
                outcome == null ? null : imported, importId);
        event(EventType.STRATEGY_DISCUSSION, s.actualStartDate(), personId, "Strategy discussion: Section 47 enquiry started",
                null);
        event(EventType.S47_ENQUIRY, s.actualStartDate(), personId, "Section 47 enquiry started; initial conference due by "
                + target + (notRequired ? "; no initial conference required" : ""), null);
        count("strategyDiscussions");
        count("section47s");
        if (icpc != null) {
            ChildProtectionPlan started = cd.childProtectionPlans().stream()
                    .filter(p -> icpc.equals(p.startDate()) && !planConferences.containsKey(p.startDate())
                            && !planKeys.containsKey(personId + "|" + p.startDate()))
                    .findFirst().orElse(null);
            long conferenceId = conferenceIds.next();
            initialConferences.add(conferenceId, personId, "INITIAL", enquiryId, null, icpc, notRecorded(), notRecorded(),
                    notRecorded(), started != null, started == null ? null : started.initialCategoryOfAbuse(), null, imported,
                    recordedBy, importId);
            if (started != null) {
                planConferences.put(started.startDate(), conferenceId);
            }
            event(EventType.CP_CONFERENCE, icpc, personId, "Initial child protection conference: "
                    + (started == null ? "no plan" : "child protection plan (" + started.initialCategoryOfAbuse() + ")"), null);
            count("conferences");
        }
    }

    /**
     * A cp_plan and the initial conference that started it (the enquiry's, or one imported without
     * an enquiry when the file has none that day). Reviews are REVIEW conferences: continuing the plan
     * under the latest category, or ending it on the plan's end date. previous_plans and
     * latest_category are stored only where the records cannot say it.
     */
    private void plan(long personId, ChildProtectionPlan p, Map<LocalDate, Long> planConferences) {
        String key = personId + "|" + p.startDate();
        Long planId = planKeys.get(key);
        if (planId != null) {
            alreadyPresent++;
            reviews(personId, planId, p);
            return;
        }
        planId = planIds.next();
        planKeys.put(key, planId);
        Long conferenceId = planConferences.get(p.startDate());
        if (conferenceId == null) {
            conferenceId = conferenceIds.next();
            initialConferences.add(conferenceId, personId, "INITIAL", null, null, p.startDate(), notRecorded(), notRecorded(),
                    notRecorded(), true, p.initialCategoryOfAbuse(), null,
                    imported + ": the file has no Section 47 enquiry with this conference", recordedBy, importId);
            event(EventType.CP_CONFERENCE, p.startDate(), personId, "Initial child protection conference: child protection plan ("
                    + p.initialCategoryOfAbuse() + ")", null);
            count("conferences");
        }
        NavigableMap<LocalDate, LocalDate> history = plansByPerson.get(personId);
        int earlier = history.headMap(p.startDate(), false).size();
        boolean repeat = history.headMap(p.startDate(), false).values().stream()
                .anyMatch(end -> end != null && end.isAfter(p.startDate().minusYears(2)) && !end.isAfter(p.startDate()));
        List<LocalDate> reviewDates = p.reviewDates().stream().distinct().sorted().toList();
        boolean continued = reviewDates.stream().anyMatch(r -> !r.equals(p.endDate()));
        String latest = p.latestCategoryOfAbuse();
        LocalDate coreGroup = days.addWorkingDays(p.startDate(), FIRST_CORE_GROUP_WORKING_DAYS);
        LocalDate firstReview = p.startDate().plusMonths(3);
        LocalDate nextReview = reviewDates.isEmpty() ? firstReview : reviewDates.getLast().plusMonths(6);
        Integer previous = p.numberOfPreviousCpp() != null && p.numberOfPreviousCpp() != earlier ? p.numberOfPreviousCpp() : null;
        plans.add(planId, personId, conferenceId, p.initialCategoryOfAbuse(), p.startDate(), coreGroup, firstReview, repeat,
                p.endDate(), nextReview, coreGroup, previous,
                !continued && latest != null && !latest.equals(p.initialCategoryOfAbuse()) ? latest : null, importId);
        event(EventType.CP_PLAN, p.startDate(), personId, "Child protection plan started: " + p.initialCategoryOfAbuse()
                + (repeat ? " (repeat plan within 2 years)" : ""), null);
        if (p.endDate() != null) {
            event(EventType.CP_PLAN, p.endDate(), personId, "Child protection plan ended", null);
        }
        count("cpPlans");
        reviews(personId, planId, p);
    }

    private void reviews(long personId, long planId, ChildProtectionPlan p) {
        String category = p.latestCategoryOfAbuse() != null ? p.latestCategoryOfAbuse() : p.initialCategoryOfAbuse();
        for (LocalDate held : p.reviewDates().stream().distinct().sorted().toList()) {
            if (!reviewKeys.add(planId + "|" + held)) {
                alreadyPresent++;
                continue;
            }
            boolean ends = held.equals(p.endDate());
            reviewConferences.add(conferenceIds.next(), personId, "REVIEW", null, planId, held, notRecorded(), notRecorded(),
                    notRecorded(), !ends, ends ? null : category, ends ? "END_PLAN" : "CONTINUE_PLAN", imported, recordedBy, importId);
            event(EventType.CP_CONFERENCE, held, personId, "Review child protection conference: "
                    + (ends ? "plan ended" : "plan continues (" + category + ")"), null);
            count("reviews");
        }
    }

    /** A child in need plan: child_plan kind CIN, with the file's end date when it has one. */
    private void cinPlan(long personId, CinPlanDates plan) {
        if (!cinPlanKeys.add(personId + "|" + plan.startDate())) {
            alreadyPresent++;
            return;
        }
        childPlans.add(childPlanIds.next(), personId, "CIN", plan.startDate(), emptyPlan, imported, plan.endDate(), importId);
        event(EventType.PLAN_STARTED, plan.startDate(), personId, "Child in need plan started"
                + (plan.endDate() == null ? "" : "; ended " + plan.endDate()), null);
        count("cinPlans");
    }

    private String notRecorded() {
        return "Not recorded: " + imported.substring(0, 1).toLowerCase() + imported.substring(1);
    }

    private void event(EventType type, LocalDate on, long personId, String summary, String detail) {
        events.add(NewEvent.of(type, LondonTime.placeDate(on, clock), recordedBy,
                summary + " (imported from census file " + fileName + ")", detail, List.of(personId)));
    }

    private void count(String kind) {
        added.merge(kind, 1, Integer::sum);
    }

    private static String upn(String upn) {
        return upn == null ? null : upn.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private int pending() {
        return people.pending() + names.pending() + referrals.pending() + assessments.pending() + discussions.pending()
                + enquiries.pending() + initialConferences.pending() + plans.pending() + reviewConferences.pending()
                + childPlans.pending() + events.size();
    }

    /** Writes what is pending, parents before the rows that refer to them. */
    void flush() {
        for (BatchRows rows : List.of(people, names, disabilities, referrals, assessments, discussions, enquiries,
                initialConferences, plans, reviewConferences, childPlans)) {
            rows.flush(jdbc);
        }
        eventLog.appendImported(events, importId);
        added.merge("events", events.size(), Integer::sum);
        events.clear();
    }
}
