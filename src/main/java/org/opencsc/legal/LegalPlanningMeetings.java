package org.opencsc.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.oversight.Decisions;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.workforce.StaffDirectory;
import org.opencsc.workforce.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal planning meeting: the social worker, manager and legal adviser decide whether the
 * threshold for proceedings is met. The decision goes in the decision log of every child decided on,
 * and entering pre-proceedings opens each child's pre-proceedings with its 16-week aim.
 */
@Service
public class LegalPlanningMeetings {

    /** The Public Law Outline aims to finish pre-proceedings within 16 weeks of the decision. */
    static final int AIM_WEEKS = 16;
    static final int MAX_TEXT = LegalTexts.MAX_TEXT;

    private final LegalPlanningMeetingRepository meetings;
    private final PersonRepository people;
    private final Decisions decisions;
    private final EventLog events;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final StaffDirectory staff;
    private final Clock clock;
    private final PreProceedingsSteps steps;
    private final FamilyNetwork family;

    LegalPlanningMeetings(LegalPlanningMeetingRepository meetings, PersonRepository people, Decisions decisions, EventLog events,
                          AccessPolicy access, AccessLog accessLog, StaffDirectory staff, Clock clock, PreProceedingsSteps steps,
                          FamilyNetwork family) {
        this.steps = steps;
        this.family = family;
        this.meetings = meetings;
        this.people = people;
        this.decisions = decisions;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.staff = staff;
        this.clock = clock;
    }

    /** Whether this user is offered the form (and the save would accept it) for this child. */
    public void checkCanRecord(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        if (!LegalAccess.recordsLegalPlanningMeeting(user.role())) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("A legal planning meeting is recorded by the team manager or the legal adviser");
        }
        access.checkCanRecord(user, personId, channel, path);
    }

    /** The meeting recorded: its id. Opens pre-proceedings for each child when that is the decision. */
    @Transactional
    public long record(long personId, LegalPlanningMeetingInput in, CurrentUser user, AccessLog.Channel channel) {
        people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        String path = "/people/" + personId + "/legal-planning-meetings";
        checkCanRecord(personId, user, channel, path);
        Problems problems = new Problems();
        LocalDate today = LondonTime.today(clock);
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date the meeting was held");
        } else if (in.heldOn().isAfter(today)) {
            problems.add("heldOn", "The date the meeting was held must be today or in the past");
        }
        StaffMember socialWorker = staff.ownerOrProblem(in.socialWorker(), "socialWorker", problems);
        StaffMember manager = staff.ownerOrProblem(in.manager(), "manager", problems);
        StaffMember legalAdviser = staff.ownerOrProblem(in.legalAdviser(), "legalAdviser", problems);
        LegalTexts.required(in.thresholdDiscussion(), "thresholdDiscussion", "Enter what was said about the threshold for proceedings", problems);
        if (in.decision() == null) {
            problems.add("decision", "Choose the decision the meeting made");
        }
        LegalTexts.required(in.reasons(), "reasons", "Enter the reasons for the decision", problems);
        LegalTexts.tooLong(in.othersPresent(), "othersPresent", problems);
        List<String> alternatives = in.alternatives() == null ? List.of()
                : in.alternatives().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        if (alternatives.isEmpty()) {
            problems.add("alternatives", "Enter at least one alternative you weighed, and why it was not chosen");
        }
        alternatives.forEach(a -> LegalTexts.tooLong(a, "alternatives", problems));
        Set<Long> children = new LinkedHashSet<>();
        children.add(personId);
        List<Long> asked = in.siblings() == null ? List.of() : in.siblings();
        // Only the child's own brothers and sisters (as the family network shows them to this user) are decided on together:
        // an id from another family would put this decision, and pre-proceedings, on an unrelated child's record.
        Set<Long> brothersAndSisters = asked.isEmpty() ? Set.of() : siblingsOf(personId, user);
        for (Long sibling : asked) {
            if (sibling == null || people.find(sibling).isEmpty()) {
                problems.add("siblings", "There is no child " + sibling + " to decide on together");
            } else if (sibling != personId && !brothersAndSisters.contains(sibling)) {
                problems.add("siblings", "Record " + sibling + " is not one of this child's brothers and sisters");
            } else {
                children.add(sibling);
            }
        }
        if (in.decision() == LegalPlanningDecision.ENTER_PRE_PROCEEDINGS) {
            for (long child : children) {
                meetings.preProceedingsOf(people.idsIncludingMerged(child)).stream().filter(p -> p.outcome() == null).findFirst()
                        .ifPresent(open -> problems.add("decision", (child == personId ? "This child is" : "Record " + child + " is")
                                + " already in pre-proceedings, started " + Dates.govuk(open.startedOn())
                                + ": record their step decision before entering pre-proceedings again"));
            }
        }
        problems.throwIfAny();
        // Each sibling's record is written as well, so the user must be able to record on each.
        for (long child : children) {
            if (child != personId) {
                access.checkCanRecord(user, child, channel, path);
            }
        }

        Instant now = Instant.now(clock);
        String decisionText = "Legal planning meeting on " + Dates.govuk(in.heldOn()) + ": " + in.decision().label();
        // One entry per child, made together: a reader who may not open a sibling does not read the reasons, which name them.
        List<Long> decisionIds = decisions.recordPreProceedingsDecisionTogether(List.copyOf(children), decisionText,
                in.reasons().trim(), alternatives, user);
        long meetingId = meetings.insertMeeting(in, socialWorker.id(), manager.id(), legalAdviser.id(), decisionIds.getFirst(),
                user.displayName(), user.id(), now);
        children.forEach(child -> meetings.addChild(meetingId, child));
        List<Long> subjects = List.copyOf(children);
        events.append(NewEvent.of(EventType.LEGAL_PLANNING_MEETING, now, user.displayName(),
                "Legal planning meeting: " + in.decision().label(),
                "Attended: " + socialWorker.name() + " (social worker), " + manager.name() + " (manager), " + legalAdviser.name()
                        + " (legal adviser)" + (LegalTexts.blank(in.othersPresent()) ? "" : "; also " + in.othersPresent().trim())
                        + "\n\nThreshold: " + in.thresholdDiscussion().trim() + "\n\nReasons: " + in.reasons().trim()
                        + "\n\nAlternatives weighed: " + String.join("; ", alternatives),
                subjects));
        if (in.decision() == LegalPlanningDecision.ENTER_PRE_PROCEEDINGS) {
            LocalDate aim = in.heldOn().plusWeeks(AIM_WEEKS);
            String how = AIM_WEEKS + " weeks from the legal planning meeting on " + Dates.govuk(in.heldOn());
            for (long child : children) {
                meetings.openPreProceedings(child, meetingId, in.heldOn(), aim, how, user.displayName(), now);
                events.append(NewEvent.of(EventType.PRE_PROCEEDINGS, now, user.displayName(), "Pre-proceedings started",
                        "Started " + Dates.govuk(in.heldOn()) + "; the aim is to decide by " + Dates.govuk(aim) + " (" + how + ")",
                        List.of(child)));
            }
        }
        return meetingId;
    }

    /** The ids of the child's brothers and sisters this user may see (a withheld one is not offered, so not accepted). */
    private Set<Long> siblingsOf(long personId, CurrentUser user) {
        Set<Long> ids = new java.util.HashSet<>();
        for (FamilyMember f : family.shownTo(personId, user)) {
            if (f.sibling() && f.child() && !f.withheld() && f.personId() != null) {
                ids.add(f.personId());
            }
        }
        return ids;
    }

    /** A child's pre-proceedings, newest first (the view is checked and logged). */
    public List<PreProceedingsSummary> preProceedings(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        access.checkAndLogView(user, personId, channel, path);
        return meetings.preProceedingsOf(people.idsIncludingMerged(personId));
    }

    /** One pre-proceedings of this child with its meetings and extensions (the view is checked and logged). */
    public PreProceedingsView openPreProceedings(long personId, long id, CurrentUser user, AccessLog.Channel channel, String path) {
        PreProceedingsSummary pp = meetings.preProceedings(id)
                .filter(p -> people.idsIncludingMerged(personId).contains(p.personId()))
                .orElseThrow(() -> new NotFoundException("There is no pre-proceedings " + id + " for person " + personId));
        access.checkAndLogView(user, pp.personId(), channel, path);
        LocalDate today = LondonTime.today(clock);
        long weeks = java.time.temporal.ChronoUnit.DAYS.between(pp.startedOn(), today) / 7;
        return new PreProceedingsView(pp, Math.max(0, weeks), pp.outcome() == null && today.isAfter(pp.aimOn()),
                meetings.meetingsOf(id), meetings.extensionsOf(id));
    }

    /** Plans a pre-proceedings meeting (INITIAL or REVIEW) with no time and no version check: see {@link PreProceedingsSteps#planMeeting}. */
    public long planMeeting(long personId, long ppId, String kind, LocalDate plannedOn, String place, CurrentUser user,
                            AccessLog.Channel channel) {
        return steps.planMeeting(personId, ppId, new PreProceedingsSteps.MeetingPlan(kind, plannedOn, null, place), null, user, channel);
    }
}
