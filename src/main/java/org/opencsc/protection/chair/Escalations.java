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
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
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
    private final Clock clock;

    Escalations(ConferenceRepository conferences, EscalationRepository escalations, WorkingDayCalendar calendar,
                EventLog events, AccessPolicy access, Clock clock) {
        this.conferences = conferences;
        this.escalations = escalations;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public long raise(long planId, String concern, CurrentUser user, AccessLog.Channel channel) {
        if (!user.is(Role.CONFERENCE_CHAIR)) {
            throw new RecordAccessDeniedException("Only a child protection chair can escalate a concern about a plan");
        }
        ChildProtectionPlan plan = conferences.plan(planId)
                .orElseThrow(() -> new NotFoundException("There is no child protection plan " + planId));
        access.checkCanRecord(user, plan.personId(), channel, "/plans/" + planId + "/escalations");
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
        if (!user.is(Role.TEAM_MANAGER)) {
            throw new RecordAccessDeniedException("Only a team manager can respond to a chair’s escalation");
        }
        Escalation e = escalations.find(id).orElseThrow(() -> new NotFoundException("There is no escalation " + id));
        access.checkCanRecord(user, e.personId(), channel, "/escalations/" + id + "/response");
        if (!e.open()) {
            throw new ConflictException("This escalation was answered on " + Dates.govuk(e.respondedOn()) + " by " + e.respondedBy());
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
