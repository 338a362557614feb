package org.opencsc.protection.coregroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
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
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Core group meetings of an open plan: the first within 10 working days of the initial
 * conference, then regularly (see {@link PlanTimescales#LATER_CORE_GROUP_WORKING_DAYS}).
 */
@Service
public class CoreGroups {

    private final ConferenceRepository conferences;
    private final CoreGroupRepository coreGroups;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final StepPermission permission;
    private final Clock clock;

    CoreGroups(ConferenceRepository conferences, CoreGroupRepository coreGroups, WorkingDayCalendar calendar,
               EventLog events, StepPermission permission, Clock clock) {
        this.conferences = conferences;
        this.coreGroups = coreGroups;
        this.calendar = calendar;
        this.events = events;
        this.permission = permission;
        this.clock = clock;
    }

    private static final String REFUSAL = "Only a social worker or a team manager can record a core group";

    private ChildProtectionPlan find(long planId) {
        return conferences.plan(planId).orElseThrow(() -> new NotFoundException("There is no child protection plan " + planId));
    }

    /** The lead social worker records the core group, or their manager. */
    public static boolean canRecord(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER;
    }

    /**
     * The plan, for recording a core group of it: refused (403) unless the user may record core
     * groups on the child, the one rule for showing the form and for saving it. The plan may have
     * ended (then no core group meets).
     */
    public ChildProtectionPlan planForCoreGroup(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRecord(user.role()), REFUSAL, user, () -> find(planId), ChildProtectionPlan::personId,
                channel, path);
    }

    @Transactional
    public long record(long planId, CoreGroupInput in, CurrentUser user, AccessLog.Channel channel) {
        ChildProtectionPlan plan = permission.check(canRecord(user.role()), REFUSAL, user, () -> find(planId),
                ChildProtectionPlan::personId, channel, "/plans/" + planId + "/core-groups");
        if (!plan.open()) {
            throw new ConflictException("The child protection plan ended on " + Dates.govuk(plan.endedOn())
                    + ": core groups meet while a plan is open");
        }
        Problems problems = new Problems();
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date the core group met");
        } else if (in.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add("heldOn", "A core group is recorded once it has met: the date cannot be in the future");
        } else if (in.heldOn().isBefore(plan.startedOn())) {
            problems.add("heldOn", "The core group cannot be before the plan started on " + Dates.govuk(plan.startedOn()));
        }
        Conferences.required(in.attendees(), "attendees", "Enter who attended, with their agencies", problems);
        if (in.childSeen() == null) {
            problems.add("childSeen", "Record whether the child was seen");
        }
        Conferences.required(in.progress(), "progress", "Enter the progress against the plan", problems);
        Conferences.required(in.actions(), "actions", "Enter the actions agreed (who does what by when)", problems);
        problems.throwIfAny();

        long id = coreGroups.insert(plan, in, user.displayName());
        LocalDate next = PlanTimescales.coreGroupAfterCoreGroup(
                coreGroups.latestHeldOn(planId).orElse(in.heldOn()), calendar);
        coreGroups.setNextDue(planId, next);
        LocalDate due = plan.nextCoreGroupDueOn();
        String late = in.heldOn().isAfter(due)
                ? "; held " + calendar.workingDaysBetween(due, in.heldOn()) + " working days after it was due on " + Dates.govuk(due)
                : "";
        events.append(NewEvent.of(EventType.CORE_GROUP, LondonTime.placeDate(in.heldOn(), clock),
                user.displayName(), "Core group meeting: child " + (in.childSeen() ? "seen" : "not seen") + late
                        + "; next due by " + Dates.govuk(next),
                "Attended: " + in.attendees().trim() + "\n\nProgress: " + in.progress().trim() + "\n\nActions: "
                        + in.actions().trim(), List.of(plan.personId())));
        return id;
    }
}
