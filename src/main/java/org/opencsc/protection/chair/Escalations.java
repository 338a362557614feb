package org.opencsc.protection.chair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanTimescales;
import org.opencsc.protection.conference.ConferenceRepository;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chair escalates a concern about a plan's progress (drift, actions not done) to the team
 * manager, who responds within {@link PlanTimescales#ESCALATION_RESPONSE_WORKING_DAYS} working days.
 */
@Service
public class Escalations {

    private final ConferenceRepository conferences;
    private final EscalationRepository escalations;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final StepPermission permission;
    private final Clock clock;

    Escalations(ConferenceRepository conferences, EscalationRepository escalations, WorkingDayCalendar calendar,
                EventLog events, AccessPolicy access, StepPermission permission, Clock clock) {
        this.permission = permission;
        this.conferences = conferences;
        this.escalations = escalations;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** A chair escalates; nobody else. */
    public static boolean canRaise(Role role) {
        return role == Role.CONFERENCE_CHAIR;
    }

    /** A team manager responds to a chair's escalation. */
    public static boolean canRespond(Role role) {
        return role == Role.TEAM_MANAGER;
    }

    private static final String RAISE_REFUSAL = "Only a child protection chair can escalate a concern about a plan";
    private static final String RESPONSE_REFUSAL = "Only a team manager can respond to a chair’s escalation";

    /**
     * The plan, for escalating a concern about it: refused (403) unless the user may escalate on
     * the child, the one rule for showing the form and for sending it. The plan may have ended.
     */
    public ChildProtectionPlan planForEscalation(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRaise(user.role()), RAISE_REFUSAL, user, () -> plan(planId),
                ChildProtectionPlan::personId, channel, path);
    }

    /**
     * The escalation, for responding to it: refused (403) unless the user may respond on the child,
     * the one rule for showing the form and for sending it. It may have been answered already.
     */
    public Escalation forResponse(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRespond(user.role()), RESPONSE_REFUSAL, user, () -> escalation(id),
                Escalation::personId, channel, path);
    }

    /** Why an answered escalation cannot be answered again. */
    public static String alreadyAnswered(Escalation e) {
        return "This escalation was answered on " + Dates.govuk(e.respondedOn()) + " by " + e.respondedBy()
                + ": it cannot be answered again.";
    }

    private Escalation escalation(long id) {
        return escalations.find(id).orElseThrow(() -> new NotFoundException("There is no escalation " + id));
    }

    private ChildProtectionPlan plan(long planId) {
        return conferences.plan(planId).orElseThrow(() -> new NotFoundException("There is no child protection plan " + planId));
    }

    @Transactional
    public long raise(long planId, String concern, CurrentUser user, AccessLog.Channel channel) {
        ChildProtectionPlan plan = permission.check(canRaise(user.role()), RAISE_REFUSAL, user, () -> plan(planId),
                ChildProtectionPlan::personId, channel, "/plans/" + planId + "/escalations");
        if (!plan.open()) {
            throw new ConflictException("The child protection plan ended on " + Dates.govuk(plan.endedOn()));
        }
        Problems problems = new Problems();
        Conferences.required(concern, "concern", "Enter the concern about the plan’s progress", problems);
        problems.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = PlanTimescales.escalationResponseDue(today, calendar);
        long id = escalations.insert(plan, concern, today, user.displayName(), user.id(), due);
        events.append(NewEvent.of(EventType.ESCALATION_RAISED, clock.instant(), user.displayName(),
                "Chair escalated a concern about the plan’s progress: team manager’s response due by " + Dates.govuk(due),
                concern.trim(), List.of(plan.personId())));
        return id;
    }

    @Transactional
    public void respond(long id, String response, CurrentUser user, AccessLog.Channel channel) {
        Escalation e = permission.check(canRespond(user.role()), RESPONSE_REFUSAL, user, () -> escalation(id),
                Escalation::personId, channel, "/escalations/" + id + "/response");
        if (!e.open()) {
            throw new ConflictException(alreadyAnswered(e));
        }
        Problems problems = new Problems();
        Conferences.required(response, "response", "Enter your response to the chair’s concern", problems);
        problems.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        if (!escalations.respond(id, response, today, user.displayName())) {
            throw new ConflictException("This escalation has already been answered");
        }
        String late = today.isAfter(e.responseDueOn())
                ? "; " + calendar.workingDaysBetween(e.responseDueOn(), today) + " working days after it was due on "
                + Dates.govuk(e.responseDueOn()) : "";
        events.append(NewEvent.of(EventType.ESCALATION_RESPONDED, clock.instant(), user.displayName(),
                "Team manager responded to the chair’s escalation of " + Dates.govuk(e.raisedOn()) + late,
                "Concern: " + e.concern() + "\n\nResponse: " + response.trim(), List.of(e.personId())));
    }

    /** One escalation, for its response page; the user must be able to see the child. */
    public Escalation find(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Escalation e = escalations.find(id).orElseThrow(() -> new NotFoundException("There is no escalation " + id));
        access.checkAndLogView(user, e.personId(), channel, path);
        return e;
    }

    /** The child's unanswered escalations, for the record page (the caller has checked access). */
    public List<Escalation> openFor(long personId) {
        return escalations.openFor(personId);
    }
}
