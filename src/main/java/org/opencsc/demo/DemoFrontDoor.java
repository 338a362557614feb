package org.opencsc.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.platform.web.Dates;
import org.postgresql.copy.CopyManager;

/**
 * The generated council's front door: a contact for each family episode (decided, signed off,
 * and for a referral one referral per child, flagged as a re-referral when that child was
 * referred in the 12 months before), a referral behind every open case, and a live duty queue
 * of recent contacts still waiting. Rows are written as CSV for COPY with explicit ids, like
 * the rest of the generated council. It draws from its own random numbers so the people and
 * case notes generated are the same as without it.
 */
final class DemoFrontDoor {

    /** Adds an event to the generated chronology (the generator's batch). */
    interface Events {
        void event(String type, String noteType, Instant at, String by, String summary, String detail, List<Long> subjects);
    }

    record Kid(long id, String given, LocalDate dob) {
    }

    /** The family's open case: the referral behind it, made on {@code referred}, is allocated to this team and worker. */
    record OpenCase(LocalDate referred, LocalDate allocated, long teamId, long workerId, String workerName, String allocatedBy) {
    }

    static final String CONTACT_OFFICER = "Chris Contact";
    static final String DUTY_WORKER = "Dana Duty";
    static final String DUTY_MANAGER = "Morgan Mash";

    private final WorkingDayCalendar calendar;
    private final Random r;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;
    private final long assessmentTeam;
    private final List<Long> assessmentWorkers;
    private long nextContact;
    private long nextReferral;
    private long contacts;
    private long referrals;
    private long reReferrals;
    /** Children with a referral still open (allocated or not): a new contact about them is not a second referral. */
    private final java.util.Set<Long> openChildren = new java.util.HashSet<>();
    /** The closure date of each child's latest closed referral: until then it was open. */
    private final Map<Long, LocalDate> closesOn = new HashMap<>();
    /** Each child's latest referral so far, {referral id, referral date}: the test for a re-referral. */
    private final Map<Long, Object[]> lastReferral = new HashMap<>();
    /** The allocated open referral of each child on an open case: what new information about them is added to. */
    private final Map<Long, Long> openReferral = new HashMap<>();
    private long newInformation;

    private final StringBuilder contact = new StringBuilder();
    private final StringBuilder contactChild = new StringBuilder();
    private final StringBuilder decision = new StringBuilder();
    private final StringBuilder referral = new StringBuilder();
    private final StringBuilder passedOn = new StringBuilder();

    DemoFrontDoor(WorkingDayCalendar calendar, long seed, ZoneId zone, Instant now, long assessmentTeam,
                  List<Long> assessmentWorkers, long nextContact, long nextReferral) {
        this.calendar = calendar;
        this.r = new Random(seed);
        this.zone = zone;
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
        this.assessmentTeam = assessmentTeam;
        this.assessmentWorkers = assessmentWorkers;
        this.nextContact = nextContact;
        this.nextReferral = nextReferral;
    }

    // ------------------------------------------------------------------ history

    /**
     * One decided contact per episode, in date order so re-referrals can be seen, plus for an
     * open case the referral (a few days before allocation) that opened it. While a case is
     * open, further contacts go to the allocated worker rather than becoming new referrals.
     */
    void family(List<Kid> kids, List<LocalDate> episodeStarts, OpenCase open, Events events) {
        record Planned(LocalDate day, boolean opensCase, boolean newInformation) {
        }
        LocalDate openedOn = open == null ? null : open.referred();
        // An earlier episode's referral is closed at most 60 days after it was made; one that could still
        // be open when the case opens would be a second open referral, which the front door refuses.
        List<Planned> plans = new ArrayList<>(episodeStarts.stream()
                .filter(d -> openedOn == null || d.isBefore(openedOn.minusDays(61)) || !d.isBefore(openedOn))
                .map(d -> new Planned(d, false, false)).toList());
        if (openedOn != null) {
            plans.add(new Planned(openedOn, true, false));
            // Now and then an agency calls about a child already allocated: new information for their worker.
            long since = today.toEpochDay() - open.allocated().toEpochDay();
            if (since > 10 && r.nextInt(3) == 0) {
                plans.add(new Planned(open.allocated().plusDays(3 + r.nextInt((int) since - 3)), false, true));
            }
        }
        plans.sort(Comparator.comparing(Planned::day));
        for (Planned plan : plans) {
            // The referral that opens the case is about every child born by then: all of them are allocated.
            List<Kid> about = plan.opensCase() ? born(kids, plan.day())
                    : plan.newInformation() ? born(kids, openedOn) : about(kids, plan.day());
            if (about.isEmpty()) {
                continue; // no child born yet: nothing for the front door to record about
            }
            Instant received = clamp(at(plan.day()));
            Made made = contact(received, about, "DECIDED", false, events);
            DecisionOutcome outcome;
            if (plan.opensCase()) {
                outcome = DecisionOutcome.REFERRAL;
            } else if (plan.newInformation()) {
                outcome = DecisionOutcome.NEW_INFORMATION;
            } else if (openedOn != null && !plan.day().isBefore(openedOn)) {
                outcome = r.nextBoolean() ? DecisionOutcome.INFORMATION_AND_ADVICE : DecisionOutcome.NO_FURTHER_ACTION;
            } else {
                outcome = outcome();
                if (outcome == DecisionOutcome.REFERRAL && about.stream().anyMatch(k -> openChildren.contains(k.id())
                        || closesOn.getOrDefault(k.id(), LocalDate.MIN).isAfter(plan.day()))) {
                    // An earlier referral still awaits allocation, or is still being assessed: the
                    // front door refuses a second open referral (and the census's 8820 an overlap).
                    outcome = DecisionOutcome.INFORMATION_AND_ADVICE;
                }
            }
            PrimaryNeed need = outcome == DecisionOutcome.REFERRAL ? DemoFrontDoorTexts.need(r) : null;
            Instant decided = clamp(received.plus(Duration.ofMinutes(60 + r.nextInt(20 * 60))));
            boolean byManager = r.nextBoolean();
            Instant signedOff = byManager ? decided : clamp(decided.plus(Duration.ofMinutes(10 + r.nextInt(180))));
            decision(made, outcome, need, byManager ? DUTY_MANAGER : DUTY_WORKER, decided, signedOff, events);
            if (outcome == DecisionOutcome.NEW_INFORMATION) {
                newInformation(made, about, open, signedOff, events);
            }
            if (outcome == DecisionOutcome.REFERRAL) {
                for (Kid kid : about) {
                    referral(made, kid, plan.day(), need, plan.opensCase() ? open : null, events);
                }
            }
        }
    }

    private static List<Kid> born(List<Kid> kids, LocalDate day) {
        return kids.stream().filter(k -> k.dob().isBefore(day)).toList();
    }

    /** Children born by the day; sometimes a contact is about one of them only. */
    private List<Kid> about(List<Kid> kids, LocalDate day) {
        List<Kid> born = born(kids, day);
        if (born.size() > 1 && r.nextInt(4) == 0) {
            return List.of(born.get(r.nextInt(born.size())));
        }
        return born;
    }

    private DecisionOutcome outcome() {
        int n = r.nextInt(100);
        return n < 25 ? DecisionOutcome.NO_FURTHER_ACTION
                : n < 45 ? DecisionOutcome.INFORMATION_AND_ADVICE
                : n < 70 ? DecisionOutcome.EARLY_HELP
                : DecisionOutcome.REFERRAL;
    }

    private void referral(Made made, Kid kid, LocalDate date, PrimaryNeed need, OpenCase open, Events events) {
        long id = nextReferral++;
        Object[] previous = lastReferral.get(kid.id());
        // The same test as ReferralRepository.previousWithinTwelveMonths.
        boolean re = previous != null && ((LocalDate) previous[1]).isAfter(date.minusMonths(12));
        Long previousId = re ? (Long) previous[0] : null;
        lastReferral.put(kid.id(), new Object[]{id, date});
        Long team = null;
        Long worker = null;
        Instant allocatedAt = null;
        String allocatedBy = null;
        LocalDate closed = null;
        String closure = null;
        if (open != null) {
            team = open.teamId();
            worker = open.workerId();
            allocatedAt = clamp(at(open.allocated()));
            allocatedBy = open.allocatedBy();
            openChildren.add(kid.id());
            openReferral.put(kid.id(), id);
        } else if (date.isBefore(today.minusDays(10))) {
            // An assessment by the assessment team, since closed; newer referrals still await allocation.
            team = assessmentTeam;
            worker = assessmentWorkers.isEmpty() ? null : assessmentWorkers.get(r.nextInt(assessmentWorkers.size()));
            allocatedAt = clamp(at(date.plusDays(1)));
            allocatedBy = DUTY_MANAGER;
            closed = date.plusDays(10 + r.nextInt(50));
            if (!closed.isBefore(today)) {
                closed = today.minusDays(1);
            }
            closure = DemoFrontDoorTexts.closureReason(r);
            closesOn.put(kid.id(), closed);
        } else {
            openChildren.add(kid.id()); // referred in the last days: waiting for allocation
        }
        Csv.row(referral, id, made.id(), kid.id(), date, made.source().source().code(), need.name(), re, previousId,
                team, worker, allocatedAt, allocatedBy, closed, closure);
        referrals++;
        reReferrals += re ? 1 : 0;
        String reText = re ? " (re-referral: previously referred on " + Dates.govuk((LocalDate) previous[1]) + ")" : "";
        events.event("REFERRAL", null, made.received(), DUTY_MANAGER, "Referral " + id + " to children's social care" + reText,
                "Primary need: " + need.code() + " " + need.label() + ". Source: " + made.source().source().label(),
                List.of(kid.id()));
    }

    // ------------------------------------------------------------------ the live duty queue

    /**
     * Contacts from the last 3 days still waiting: most for a decision, some for a manager's
     * sign-off. Urgent ones from earlier days are already overdue; weekend ones came through
     * the out-of-hours team with a handover note.
     */
    void dutyQueue(int count, List<List<Kid>> families, Events events) {
        for (int i = 0; i < count && !families.isEmpty(); i++) {
            List<Kid> about = about(families.get(r.nextInt(families.size())), today);
            if (about.isEmpty()) {
                i--;
                continue;
            }
            LocalDate day = today.minusDays(r.nextInt(3));
            Instant received = day.atTime(LocalTime.of(8, 30)).plusMinutes(r.nextInt(9 * 60)).atZone(zone).toInstant();
            if (received.isAfter(now)) {
                received = now.minusSeconds(60 + r.nextInt(3_600));
            }
            boolean outOfHours = !calendar.isWorkingDay(received.atZone(zone).toLocalDate());
            boolean awaitingSignOff = r.nextInt(5) == 0;
            Made made = contact(received, about, awaitingSignOff ? "AWAITING_SIGN_OFF" : "AWAITING_DECISION", outOfHours, events);
            if (awaitingSignOff) {
                DecisionOutcome outcome = outcome();
                if (outcome == DecisionOutcome.REFERRAL && about.stream().anyMatch(k -> openChildren.contains(k.id()))) {
                    // A contact about an open case is new information for the allocated worker, not a second referral.
                    outcome = DecisionOutcome.INFORMATION_AND_ADVICE;
                }
                Instant decided = clamp(received.plus(Duration.ofMinutes(30 + r.nextInt(240))));
                decision(made, outcome, outcome == DecisionOutcome.REFERRAL ? DemoFrontDoorTexts.need(r) : null,
                        DUTY_WORKER, decided, null, events);
            }
        }
    }

    /**
     * Referrals decided and signed off in the last few working days and not yet allocated: a
     * team manager's allocation queue. Only for children with no referral open already.
     */
    void awaitingAllocation(int count, List<List<Kid>> families, Events events) {
        int tries = 0;
        for (int made = 0; made < count && tries++ < count * 50; ) {
            List<Kid> about = born(families.get(r.nextInt(families.size())), today.minusDays(7));
            if (about.isEmpty() || about.stream().anyMatch(k -> openChildren.contains(k.id()))) {
                continue;
            }
            LocalDate day = today.minusDays(1 + r.nextInt(4));
            Instant received = day.atTime(LocalTime.of(9, 0)).plusMinutes(r.nextInt(6 * 60)).atZone(zone).toInstant();
            Made contact = contact(received, about, "DECIDED", !calendar.isWorkingDay(day), events);
            PrimaryNeed need = DemoFrontDoorTexts.need(r);
            Instant decided = clamp(received.plus(Duration.ofMinutes(60 + r.nextInt(120))));
            decision(contact, DecisionOutcome.REFERRAL, need, DUTY_MANAGER, decided, decided, events);
            for (Kid kid : about) {
                referral(contact, kid, day, need, null, events);
                openChildren.add(kid.id()); // so a second pick of this family cannot open a second referral
            }
            made++;
        }
    }

    // ------------------------------------------------------------------ rows

    private record Made(long id, Instant received, DemoFrontDoorTexts.Source source, List<Long> children) {
    }

    private Made contact(Instant received, List<Kid> about, String status, boolean outOfHours, Events events) {
        long id = nextContact++;
        // The child the report names is the eldest, and the report is one that fits their age (no school for a baby).
        about = about.stream().sorted(Comparator.comparing(Kid::dob)).toList();
        LocalDate eldestBorn = about.getFirst().dob();
        LocalDate receivedDay = received.atZone(zone).toLocalDate();
        DemoFrontDoorTexts.Source source = DemoFrontDoorTexts.source(r);
        while (eldestBorn.plusYears(source.minAge()).isAfter(receivedDay)) {
            source = DemoFrontDoorTexts.source(r);
        }
        int u = r.nextInt(100);
        Urgency urgency = u < 5 ? Urgency.IMMEDIATE : u < 20 ? Urgency.SAME_DAY : Urgency.STANDARD;
        int c = r.nextInt(100);
        Consent consent = c < 55 ? Consent.GIVEN : c < 85 ? Consent.NOT_SOUGHT : Consent.REFUSED;
        String scope = consent == Consent.GIVEN ? pick(DemoFrontDoorTexts.CONSENT_SCOPES) : null;
        String sharing = consent == Consent.NOT_SOUGHT ? pick(DemoFrontDoorTexts.SHARING_REASONS)
                : consent == Consent.REFUSED ? DemoFrontDoorTexts.REFUSED_REASON : null;
        String handover = outOfHours ? "Emergency duty team took the call overnight; children seen safe by police. Day team to complete checks." : null;
        LocalDate receivedOn = received.atZone(zone).toLocalDate();
        // As ContactService.dueOn: 1 working day, or the same day when urgent.
        LocalDate due = urgency == Urgency.STANDARD ? calendar.addWorkingDays(receivedOn, 1) : receivedOn;
        String reported = source.reported().replace("%s", about.getFirst().given());
        Instant recorded = clamp(received.plus(Duration.ofMinutes(5 + r.nextInt(55))));
        // What else was gathered: a school only for a child of school age (a school calling is that school), a GP where health knows it.
        DemoFrontDoorTexts.Gathered gathered = DemoFrontDoorTexts.GATHERED.get(source.source());
        int age = java.time.Period.between(eldestBorn, receivedDay).getYears();
        boolean schoolCalled = source.source() == org.opencsc.frontdoor.ReferralSource.SCHOOLS;
        String school = age >= CouncilGenerator.SCHOOL_FROM && (schoolCalled || r.nextInt(3) != 0) ? DemoFrontDoorTexts.school(age, r) : null;
        String agency = schoolCalled ? school : source.agency();
        boolean gpCalled = source.source() == org.opencsc.frontdoor.ReferralSource.HEALTH_GP;
        String gp = gpCalled ? source.agency() : r.nextBoolean() ? pick(DemoFrontDoorTexts.GPS) : null;
        String words = age >= CouncilGenerator.SPEAKS_FROM ? gathered.childWords() : null;
        Csv.row(contact, id, received, recorded, CONTACT_OFFICER, source.source().code(), source.contactor(), agency,
                source.details(), reported, urgency.name(), consent.name(), scope, sharing, outOfHours, handover, due, status,
                gathered.concern().name(), gathered.details(), gathered.role(), gathered.relationship(), school, gp, gathered.parents(),
                words);
        List<Long> children = about.stream().map(Kid::id).toList();
        for (Long child : children) {
            Csv.row(contactChild, id, child);
        }
        contacts++;
        String from = source.source().label() + (agency == null ? "" : " (" + agency + ")");
        events.event("CONTACT_RECEIVED", null, received, CONTACT_OFFICER, "Contact from " + from + ": decision due " + Dates.govuk(due),
                reported + "\n\nConsent to share: " + consent.label()
                        + (consent == Consent.GIVEN ? " (" + scope + ")" : ". Reason for sharing: " + sharing)
                        + (outOfHours ? "\n\nOut-of-hours handover: " + handover : ""),
                children);
        return new Made(id, received, source, children);
    }

    /**
     * As NewInformationService.passOn when the decision is signed off: one item per child for the
     * allocated worker, due the next working day. Most were read and acknowledged by the worker;
     * those passed on in the last few days (and now and then an older one) still wait for them.
     */
    private void newInformation(Made made, List<Kid> about, OpenCase open, Instant passed, Events events) {
        LocalDate passedOn = passed.atZone(zone).toLocalDate();
        LocalDate due = calendar.addWorkingDays(passedOn, 1);
        // The first is always still waiting, so the council has one whatever day it is seeded on.
        boolean waiting = newInformation == 0 || !passedOn.isBefore(today.minusDays(4)) || r.nextInt(6) == 0;
        Instant acknowledged = waiting ? null : clamp(passed.plus(Duration.ofMinutes(30 + r.nextInt(20 * 60))));
        String response = waiting ? null : pick(DemoFrontDoorTexts.NEW_INFORMATION_RESPONSES);
        for (Kid kid : about) {
            Long referralId = openReferral.get(kid.id());
            Csv.row(this.passedOn, made.id(), kid.id(), referralId, open.teamId(), open.workerId(), passed, due,
                    waiting ? null : open.workerName(), acknowledged, response);
            events.event("CONTACT_DECISION", null, passed, DUTY_MANAGER, "Contact " + made.id() + " passed to " + open.workerName()
                            + " as new information (the case is open: referral " + referralId + ")",
                    "To read and act on by the end of the next working day; not a new referral.", List.of(kid.id()));
            if (!waiting) {
                events.event("CONTACT_DECISION", null, acknowledged, open.workerName(),
                        "New information from contact " + made.id() + " read and acknowledged", response, List.of(kid.id()));
            }
            newInformation++;
        }
    }

    /**
     * A decision; signedOff null leaves it awaiting a manager. A manager's own decision is signed
     * off as made; a duty worker's is signed off with the manager's rationale, and now and then
     * the manager disagreed: the worker's decision is kept as the original, and the standing one
     * (what followed: the referral, the new information) is the manager's.
     */
    private void decision(Made made, DecisionOutcome outcome, PrimaryNeed need, String by, Instant decided, Instant signedOff,
                          Events events) {
        String service = outcome == DecisionOutcome.EARLY_HELP ? pick(DemoFrontDoorTexts.EARLY_HELP_SERVICES) : null;
        boolean manager = DUTY_MANAGER.equals(by);
        String signer = signedOff == null ? null : DUTY_MANAGER;
        DecisionOutcome original = !manager && signedOff != null && r.nextInt(8) == 0 ? originalFor(outcome, made) : null;
        String originalService = original == DecisionOutcome.EARLY_HELP ? pick(DemoFrontDoorTexts.EARLY_HELP_SERVICES) : null;
        PrimaryNeed originalNeed = original == DecisionOutcome.REFERRAL ? DemoFrontDoorTexts.need(r) : null;
        DecisionOutcome made0 = original == null ? outcome : original;
        String reason = DemoFrontDoorTexts.reason(made0, r);
        String rationale = manager || signedOff == null ? null
                : original == null ? pick(DemoFrontDoorTexts.AGREED_RATIONALES)
                : DemoFrontDoorTexts.changedRationale(original, outcome);
        Csv.row(decision, made.id(), outcome.name(), reason, service, need == null ? null : need.name(), by, decided, signer, signedOff,
                rationale, original == null ? null : original.name(), originalService, originalNeed == null ? null : originalNeed.name());
        String madeService = original == null ? service : originalService;
        String detail = reason + (madeService == null ? "" : "\n\nEarly help service: " + madeService);
        events.event("CONTACT_DECISION", null, decided, by, "Decision on contact " + made.id() + ": " + made0.label()
                + (manager ? " (decided and signed off by " + by + ")" : " (awaiting a manager's sign-off)"), detail, made.children());
        if (original != null) {
            events.event("CONTACT_DECISION", null, signedOff, DUTY_MANAGER, "Decision on contact " + made.id()
                            + " changed at sign-off: " + original.label() + " (by " + by + ") became " + outcome.label(),
                    "Manager's rationale: " + rationale + (service == null ? "" : "\n\nEarly help service: " + service)
                            + (need == null ? "" : "\n\nPrimary need: " + need.code() + " " + need.label()), made.children());
        } else if (!manager && signedOff != null) {
            events.event("CONTACT_DECISION", null, signedOff, DUTY_MANAGER,
                    "Decision on contact " + made.id() + " signed off: " + outcome.label(), "Manager's rationale: " + rationale,
                    made.children());
        }
    }

    /** What the duty worker decided when the manager changed it: another outcome the worker could have chosen. */
    private DecisionOutcome originalFor(DecisionOutcome standing, Made made) {
        if (standing == DecisionOutcome.NEW_INFORMATION) {
            return null; // the worker could only have chosen new information, or a referral the app would refuse
        }
        List<DecisionOutcome> others = java.util.stream.Stream.of(DecisionOutcome.NO_FURTHER_ACTION,
                        DecisionOutcome.INFORMATION_AND_ADVICE, DecisionOutcome.EARLY_HELP, DecisionOutcome.REFERRAL)
                .filter(o -> o != standing)
                .filter(o -> o != DecisionOutcome.REFERRAL || made.children().stream().noneMatch(openChildren::contains))
                .toList();
        return others.get(r.nextInt(others.size()));
    }

    /** Copies the rows so far, after the people and events they refer to. */
    void flush(CopyManager copy) throws SQLException, IOException {
        Csv.copy(copy, "contact (id, received_at, recorded_at, recorded_by, source_code, contactor_name, contactor_agency, "
                + "contactor_details, reported, urgency, consent, consent_scope, sharing_reason, out_of_hours, handover_note, "
                + "decision_due_on, status, presenting_concern, concern_details, contactor_role, contactor_relationship, "
                + "child_school, child_gp, parents_or_carers, child_words)", contact);
        Csv.copy(copy, "contact_child (contact_id, person_id)", contactChild);
        Csv.copy(copy, "contact_decision (contact_id, outcome, reason, early_help_service, primary_need_code, decided_by, "
                + "decided_at, signed_off_by, signed_off_at, sign_off_rationale, original_outcome, original_early_help_service, "
                + "original_primary_need_code)", decision);
        Csv.copy(copy, "referral (id, contact_id, person_id, referral_date, source_code, primary_need_code, re_referral, "
                + "previous_referral_id, team_id, worker_id, allocated_at, allocated_by, closure_date, closure_reason)", referral);
        Csv.copy(copy, "contact_new_information (contact_id, person_id, referral_id, team_id, worker_id, passed_at, due_on, "
                + "acknowledged_by, acknowledged_at, response)", passedOn);
    }

    String summary() {
        return contacts + " contacts, " + referrals + " referrals (" + reReferrals + " re-referrals), " + newInformation
                + " passed on as new information";
    }

    private Instant at(LocalDate day) {
        return day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(zone).toInstant();
    }

    /** Nothing in the history happens after now. */
    private Instant clamp(Instant t) {
        return t.isAfter(now) ? now : t;
    }

    private String pick(List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
