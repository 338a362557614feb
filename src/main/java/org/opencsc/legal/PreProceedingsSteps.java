package org.opencsc.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.oversight.Decisions;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of one child's pre-proceedings after the legal planning meeting opened them: meetings
 * planned and held, family group decision making, extensions of the aim and the step decision that
 * ends them. Each step is refused with the reason when its dates are out of order or the
 * pre-proceedings have ended, claims the pre-proceedings' version (a stale one is a conflict) and
 * appends a chronology event.
 */
@Service
public class PreProceedingsSteps {

    static final String STALE = "Someone else recorded a step on these pre-proceedings since you opened the page. "
            + "Check what they recorded and try again.";

    private final LegalPlanningMeetingRepository meetings;
    private final PreProceedingsStepRepository steps;
    private final PersonRepository people;
    private final Decisions decisions;
    private final EventLog events;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;

    PreProceedingsSteps(LegalPlanningMeetingRepository meetings, PreProceedingsStepRepository steps, PersonRepository people,
                        Decisions decisions, EventLog events, AccessPolicy access, AccessLog accessLog, Clock clock) {
        this.meetings = meetings;
        this.steps = steps;
        this.people = people;
        this.decisions = decisions;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A meeting to plan: INITIAL (the pre-proceedings meeting with the parents and their lawyers) or REVIEW. */
    public record MeetingPlan(String kind, LocalDate plannedOn, LocalTime plannedAt, String place) {
    }

    public record MeetingHeld(long meetingId, LocalDate heldOn, String attendance, String summary) {
    }

    public record Fgdm(LocalDate offeredOn, LocalDate heldOn) {
    }

    /** The furthest an extension may move the aim, in weeks from the start. */
    static final int MAX_WEEKS = 52;

    public record Extension(LocalDate newAimOn, String reason) {
    }

    public record StepDecision(LocalDate decidedOn, PreProceedingsOutcome outcome, String reasons, List<String> alternatives,
                               LocalDate courtApplicationOn, LocalDate issueLetterSentOn) {
    }

    /**
     * Plans the pre-proceedings meeting or a review. Refused: a second initial meeting, a review
     * before the initial one is planned or not after it, a date before the start.
     * {@code version} may be null (no check) for callers that plan without reading first.
     */
    @Transactional
    public long planMeeting(long personId, long ppId, MeetingPlan in, Integer version, CurrentUser user, AccessLog.Channel channel) {
        PreProceedingsSummary pp = open(personId, ppId, "meetings", LegalAccess::recordsPreProceedings,
                "Pre-proceedings meetings are recorded by the social worker, manager or legal adviser", user, channel);
        Problems problems = new Problems();
        String kind = in.kind();
        Optional<PreProceedingsMeeting> initial = initial(ppId);
        if (!"INITIAL".equals(kind) && !"REVIEW".equals(kind)) {
            problems.add("kind", "Choose whether this is the pre-proceedings meeting (INITIAL) or a review (REVIEW)");
        } else if (kind.equals("INITIAL") && initial.isPresent()) {
            problems.add("kind", "The pre-proceedings meeting is already planned for " + Dates.govuk(initial.get().plannedOn())
                    + ": plan a review");
        } else if (kind.equals("REVIEW") && initial.isEmpty()) {
            problems.add("kind", "Plan the pre-proceedings meeting before a review");
        }
        if (in.plannedOn() == null) {
            problems.add("plannedOn", "Enter the date of the meeting");
        } else if (in.plannedOn().isBefore(pp.startedOn())) {
            problems.add("plannedOn", "The meeting cannot be before pre-proceedings started on " + Dates.govuk(pp.startedOn()));
        } else if ("REVIEW".equals(kind) && initial.isPresent() && !in.plannedOn().isAfter(initial.get().plannedOn())) {
            problems.add("plannedOn", "A review must come after the pre-proceedings meeting on " + Dates.govuk(initial.get().plannedOn()));
        }
        LegalTexts.required(in.place(), "place", "Enter where the meeting will be held", problems);
        ended(pp, "kind", problems);
        problems.throwIfAny();
        claim(ppId, version);
        Instant now = Instant.now(clock);
        long id = meetings.insertMeeting(ppId, kind, in.plannedOn(), in.plannedAt(), in.place().trim(), user.displayName(), now);
        events.append(NewEvent.of(EventType.PRE_PROCEEDINGS_MEETING, now, user.displayName(),
                meetingName(kind) + " planned",
                "On " + Dates.govuk(in.plannedOn()) + (in.plannedAt() == null ? "" : " at " + in.plannedAt()) + ", " + in.place().trim(),
                List.of(pp.personId())));
        return id;
    }

    /**
     * Records a planned meeting as held. Refused: a date in the future or before the start, a
     * review held before (or without) the pre-proceedings meeting being held, a meeting already held.
     */
    @Transactional
    public void recordMeetingHeld(long personId, long ppId, MeetingHeld in, Integer version, CurrentUser user,
                                  AccessLog.Channel channel) {
        PreProceedingsSummary pp = open(personId, ppId, "meetings/held", LegalAccess::recordsPreProceedings,
                "Pre-proceedings meetings are recorded by the social worker, manager or legal adviser", user, channel);
        Problems problems = new Problems();
        Optional<PreProceedingsMeeting> meeting = meetings.meetingsOf(ppId).stream().filter(m -> m.id() == in.meetingId()).findFirst();
        if (meeting.isEmpty()) {
            problems.add("meetingId", "Choose a meeting planned for these pre-proceedings");
        } else if (meeting.get().heldOn() != null) {
            problems.add("meetingId", "That meeting was already recorded as held on " + Dates.govuk(meeting.get().heldOn()));
        }
        if (notFutureNorBeforeStart(in.heldOn(), "heldOn", "the meeting was held", pp, problems)
                && meeting.isPresent() && "REVIEW".equals(meeting.get().kind())) {
            Optional<LocalDate> initialHeld = initial(ppId).map(PreProceedingsMeeting::heldOn);
            if (initialHeld.isEmpty()) {
                problems.add("heldOn", "Record the pre-proceedings meeting as held before a review");
            } else if (!in.heldOn().isAfter(initialHeld.get())) {
                problems.add("heldOn", "A review must be held after the pre-proceedings meeting on " + Dates.govuk(initialHeld.get()));
            }
        }
        LegalTexts.required(in.attendance(), "attendance", "Enter who attended", problems);
        LegalTexts.required(in.summary(), "summary", "Enter a summary of the meeting", problems);
        ended(pp, "meetingId", problems);
        problems.throwIfAny();
        claim(ppId, version);
        steps.meetingHeld(in.meetingId(), in.heldOn(), in.attendance().trim(), in.summary().trim());
        events.append(NewEvent.of(EventType.PRE_PROCEEDINGS_MEETING, Instant.now(clock), user.displayName(),
                meetingName(meeting.get().kind()) + " held on " + Dates.govuk(in.heldOn()),
                "Attended: " + in.attendance().trim() + "\n\n" + in.summary().trim(), List.of(pp.personId())));
    }

    /** Family group decision making offered (required) and held. Refused: a date in the future, before the start, held before offered. */
    @Transactional
    public void recordFgdm(long personId, long ppId, Fgdm in, Integer version, CurrentUser user, AccessLog.Channel channel) {
        PreProceedingsSummary pp = open(personId, ppId, "fgdm", LegalAccess::recordsPreProceedings,
                "Family group decision making is recorded by the social worker, manager or legal adviser", user, channel);
        Problems problems = new Problems();
        boolean offeredOk = notFutureNorBeforeStart(in.offeredOn(), "fgdmOfferedOn", "family group decision making was offered", pp,
                problems);
        if (in.heldOn() != null && notFutureNorBeforeStart(in.heldOn(), "fgdmHeldOn", "family group decision making was held", pp,
                problems) && offeredOk && in.heldOn().isBefore(in.offeredOn())) {
            problems.add("fgdmHeldOn", "Family group decision making cannot be held before it was offered on " + Dates.govuk(in.offeredOn()));
        }
        ended(pp, "fgdmOfferedOn", problems);
        problems.throwIfAny();
        claim(ppId, version);
        steps.fgdm(ppId, in.offeredOn(), in.heldOn());
        events.append(NewEvent.of(EventType.PRE_PROCEEDINGS, Instant.now(clock), user.displayName(),
                "Family group decision making " + (in.heldOn() == null ? "offered" : "held"),
                "Offered " + Dates.govuk(in.offeredOn()) + (in.heldOn() == null ? "" : "; held " + Dates.govuk(in.heldOn())),
                List.of(pp.personId())));
    }

    /** Extends the aim with a reason. Refused: a new aim not after the current one. The aim moves; the extension is kept. */
    @Transactional
    public void extend(long personId, long ppId, Extension in, Integer version, CurrentUser user, AccessLog.Channel channel) {
        PreProceedingsSummary pp = open(personId, ppId, "extensions", LegalAccess::decidesStep,
                "An extension of the aim is decided by the team manager or the legal adviser", user, channel);
        Problems problems = new Problems();
        if (in.newAimOn() == null) {
            problems.add("newAimOn", "Enter the new date to decide by");
        } else if (!in.newAimOn().isAfter(pp.aimOn())) {
            problems.add("newAimOn", "The new aim must be after the current aim of " + Dates.govuk(pp.aimOn()));
        } else if (in.newAimOn().isAfter(pp.startedOn().plusWeeks(MAX_WEEKS))) {
            // Pre-proceedings are a short, focused time to change; a year on, the decision is overdue, not extended.
            problems.add("newAimOn", "The new aim cannot be more than " + MAX_WEEKS + " weeks after pre-proceedings started on "
                    + Dates.govuk(pp.startedOn()) + " (by " + Dates.govuk(pp.startedOn().plusWeeks(MAX_WEEKS)) + ")");
        }
        LegalTexts.required(in.reason(), "reason", "Enter the reason for the extension", problems);
        ended(pp, "newAimOn", problems);
        problems.throwIfAny();
        claim(ppId, version);
        Instant now = Instant.now(clock);
        String how = "Extended on " + Dates.govuk(LondonTime.today(clock)) + " from " + Dates.govuk(pp.aimOn()) + " by "
                + user.displayName();
        steps.extend(ppId, pp.aimOn(), in.newAimOn(), in.reason().trim(), how, user.displayName(), now);
        events.append(NewEvent.of(EventType.PRE_PROCEEDINGS, now, user.displayName(), "Pre-proceedings aim extended",
                "From " + Dates.govuk(pp.aimOn()) + " to " + Dates.govuk(in.newAimOn()) + ": " + in.reason().trim(),
                List.of(pp.personId())));
    }

    /**
     * The step decision that ends pre-proceedings, written to the decision log. Refused: a date in
     * the future, before the start or before the pre-proceedings meeting was held (or with none
     * held); a court application date unless issuing proceedings, or before the decision; the parents'
     * letter of the application before the application.
     */
    @Transactional
    public void decideStep(long personId, long ppId, StepDecision in, Integer version, CurrentUser user, AccessLog.Channel channel) {
        PreProceedingsSummary pp = open(personId, ppId, "step-decision", LegalAccess::decidesStep,
                "The step decision is made by the team manager or the legal adviser", user, channel);
        Problems problems = new Problems();
        if (notFutureNorBeforeStart(in.decidedOn(), "decidedOn", "the step decision was made", pp, problems)) {
            Optional<LocalDate> initialHeld = initial(ppId).map(PreProceedingsMeeting::heldOn);
            if (initialHeld.isEmpty()) {
                problems.add("decidedOn", "Record the pre-proceedings meeting as held before the step decision");
            } else if (in.decidedOn().isBefore(initialHeld.get())) {
                problems.add("decidedOn", "The step decision cannot be before the pre-proceedings meeting on "
                        + Dates.govuk(initialHeld.get()));
            }
        }
        if (in.outcome() == null) {
            problems.add("outcome", "Choose the outcome");
        }
        LegalTexts.required(in.reasons(), "reasons", "Enter the reasons for the decision", problems);
        List<String> alternatives = LegalTexts.nonBlank(in.alternatives());
        if (alternatives.isEmpty()) {
            problems.add("alternatives", "Enter at least one alternative you weighed, and why it was not chosen");
        }
        alternatives.forEach(a -> LegalTexts.tooLong(a, "alternatives", problems));
        boolean issuing = in.outcome() == PreProceedingsOutcome.ISSUE_PROCEEDINGS;
        issueDate(in.courtApplicationOn(), "courtApplicationOn", "the application was made to court", issuing, in.decidedOn(),
                problems);
        // The letter tells the parents of the application, so it cannot precede it (census rule 9013 would flag it).
        LocalDate letterNotBefore = in.courtApplicationOn() != null ? in.courtApplicationOn()
                : in.decidedOn() != null ? in.decidedOn() : pp.startedOn();
        issueDate(in.issueLetterSentOn(), "issueLetterSentOn", "the letter telling the parents of the application was sent",
                issuing, letterNotBefore, problems);
        if (issuing && in.courtApplicationOn() == null) {
            problems.add("courtApplicationOn", "Enter the date the application was made to court");
        }
        ended(pp, "outcome", problems);
        problems.throwIfAny();
        claim(ppId, version);
        steps.decide(ppId, in.decidedOn(), in.outcome(), in.reasons().trim(), in.courtApplicationOn(), in.issueLetterSentOn());
        decisions.recordPreProceedingsDecision(pp.personId(), "Pre-proceedings step decision on " + Dates.govuk(in.decidedOn()) + ": "
                + in.outcome().label(), in.reasons().trim(), alternatives, user);
        events.append(NewEvent.of(EventType.PRE_PROCEEDINGS, Instant.now(clock), user.displayName(),
                "Pre-proceedings step decision: " + in.outcome().label(),
                "Decided " + Dates.govuk(in.decidedOn()) + ": " + in.reasons().trim()
                        + (in.courtApplicationOn() == null ? "" : "\n\nCourt application " + Dates.govuk(in.courtApplicationOn()))
                        + (in.issueLetterSentOn() == null ? "" : "\n\nLetter to the parents sent " + Dates.govuk(in.issueLetterSentOn())),
                List.of(pp.personId())));
    }

    private PreProceedingsSummary open(long personId, long ppId, String step, Predicate<Role> allowed, String denied, CurrentUser user,
                                       AccessLog.Channel channel) {
        PreProceedingsSummary pp = meetings.preProceedings(ppId)
                .filter(p -> people.idsIncludingMerged(personId).contains(p.personId()))
                .orElseThrow(() -> new NotFoundException("There is no pre-proceedings " + ppId + " for person " + personId));
        String path = "/people/" + personId + "/pre-proceedings/" + ppId + "/" + step;
        if (!allowed.test(user.role())) {
            accessLog.record(user.username(), pp.personId(), AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException(denied);
        }
        access.checkCanRecord(user, pp.personId(), channel, path);
        return pp;
    }

    private void claim(long ppId, Integer version) {
        if (version == null) {
            steps.bump(ppId);
        } else if (!steps.claim(ppId, version)) {
            throw new ConflictException(STALE);
        }
    }

    private Optional<PreProceedingsMeeting> initial(long ppId) {
        return meetings.meetingsOf(ppId).stream().filter(m -> "INITIAL".equals(m.kind())).findFirst();
    }

    private static void ended(PreProceedingsSummary pp, String field, Problems problems) {
        if (pp.outcome() != null) {
            problems.add(field, "These pre-proceedings ended with the step decision on " + Dates.govuk(pp.stepDecisionOn())
                    + ": nothing more can be recorded on them");
        }
    }

    /** A required date of something that has happened: not in the future, not before the start. True when it passed. */
    private boolean notFutureNorBeforeStart(LocalDate date, String field, String what, PreProceedingsSummary pp, Problems problems) {
        if (date == null) {
            problems.add(field, "Enter the date " + what);
        } else if (date.isAfter(LondonTime.today(clock))) {
            problems.add(field, "The date " + what + " must be today or in the past");
        } else if (date.isBefore(pp.startedOn())) {
            problems.add(field, "The date " + what + " cannot be before pre-proceedings started on " + Dates.govuk(pp.startedOn()));
        } else {
            return true;
        }
        return false;
    }

    /** An optional date that belongs only to issuing proceedings, and comes on or after {@code notBefore}. */
    private void issueDate(LocalDate date, String field, String what, boolean issuing, LocalDate notBefore, Problems problems) {
        if (date == null) {
            return;
        }
        if (!issuing) {
            problems.add(field, "Give the date " + what + " only when the outcome is to issue care proceedings");
        } else if (date.isAfter(LondonTime.today(clock))) {
            problems.add(field, "The date " + what + " must be today or in the past");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            problems.add(field, "The date " + what + " cannot be before " + Dates.govuk(notBefore));
        }
    }

    private static String meetingName(String kind) {
        return "INITIAL".equals(kind) ? "Pre-proceedings meeting" : "Pre-proceedings review";
    }
}
