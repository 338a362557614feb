package org.opencsc.protection.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanEnded;
import org.opencsc.protection.PlanTimescales;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review child protection conferences. A review looks at an open plan, after its previous
 * conference: it continues the plan (perhaps under another category), with the next review due
 * at most 6 months later, or ends it, which publishes {@link PlanEnded}.
 */
@Service
public class ReviewConferences {

    private final ConferenceRepository conferences;
    private final ReviewConferenceRepository reviews;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final StepPermission permission;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReviewConferences(ConferenceRepository conferences, ReviewConferenceRepository reviews, WorkingDayCalendar calendar,
                      EventLog events, AccessPolicy access, StepPermission permission, ApplicationEventPublisher publisher,
                      Clock clock) {
        this.permission = permission;
        this.conferences = conferences;
        this.reviews = reviews;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The plan a review is for, checked to be visible to the user. */
    public ChildProtectionPlan plan(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        ChildProtectionPlan plan = conferences.plan(planId)
                .orElseThrow(() -> new org.opencsc.platform.web.NotFoundException("There is no child protection plan " + planId));
        access.checkAndLogView(user, plan.personId(), channel, path);
        return plan;
    }

    /**
     * The plan, for recording a review conference of it: refused (403) unless the user may record
     * conferences on the child, the one rule for showing the form and for saving it. The plan may
     * have ended (then there is nothing to review).
     */
    public ChildProtectionPlan planForReview(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(Conferences.canRecord(user.role()), Conferences.REFUSAL, user,
                () -> conferences.plan(planId)
                        .orElseThrow(() -> new org.opencsc.platform.web.NotFoundException("There is no child protection plan " + planId)),
                ChildProtectionPlan::personId, channel, path);
    }

    /** The date of the plan's latest conference (initial or review). */
    public LocalDate lastConferenceOn(long planId) {
        return reviews.lastConferenceOn(planId);
    }

    private ChildProtectionPlan planOf(ReviewConferenceInput in) {
        if (in.planId() == null) {
            throw new ValidationException("planId", "Give the child protection plan the conference reviewed");
        }
        return conferences.plan(in.planId())
                .orElseThrow(() -> new ValidationException("planId", "There is no child protection plan " + in.planId()));
    }

    @Transactional
    public long record(ReviewConferenceInput in, CurrentUser user, AccessLog.Channel channel) {
        ChildProtectionPlan plan = permission.check(Conferences.canRecord(user.role()), Conferences.REFUSAL, user,
                () -> planOf(in), ChildProtectionPlan::personId, channel, "/conferences/review");
        if (!plan.open()) {
            throw new ConflictException("The child protection plan ended on " + Dates.govuk(plan.endedOn())
                    + ": a review conference reviews an open plan");
        }
        LocalDate previous = reviews.lastConferenceOn(plan.id());
        Problems problems = new Problems();
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date the conference was held");
        } else if (in.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add("heldOn", "A conference is recorded once it has been held: the date cannot be in the future");
        } else if (in.heldOn().isBefore(plan.startedOn())) {
            problems.add("heldOn", "The review cannot be before the plan started on " + Dates.govuk(plan.startedOn()));
        } else if (!in.heldOn().isAfter(previous)) {
            problems.add("heldOn", "The review must be after the previous conference on " + Dates.govuk(previous));
        }
        ConferenceMeeting meeting = in.meeting();
        meeting.check(in.heldOn(), clock, problems);
        Conferences.required(in.chair(), "chair", "Enter who chaired the conference", problems);
        String attendees = meeting.attendees(in.attendees(), problems);
        Conferences.required(in.childViews(), "childViews", "Enter the child's views (in their words) or how they were sought", problems);
        if (in.decision() == null) {
            problems.add("decision", "Select whether the plan continues or ends");
        } else if (in.decision() == ReviewDecision.CONTINUE_PLAN && in.category() == null) {
            problems.add("category", "Select the category of abuse the plan continues under");
        } else if (in.decision() == ReviewDecision.END_PLAN && in.category() != null) {
            problems.add("category", "A category is given only when the plan continues");
        }
        Conferences.required(in.reasons(), "reasons", "Enter the reasons for the conference's decision", problems);
        problems.throwIfAny();

        long conferenceId = reviews.insertReview(plan, in, attendees, user.displayName(), conferences.chairAccount(user, in.chair()));
        conferences.insertMeeting(conferenceId, meeting);
        long personId = plan.personId();
        var at = meeting.placed(in.heldOn(), clock);
        String outcome;
        if (in.decision() == ReviewDecision.CONTINUE_PLAN) {
            LocalDate nextReview = PlanTimescales.reviewAfterReview(in.heldOn());
            reviews.continuePlan(plan.id(), in.category(), nextReview);
            outcome = "plan continues (" + in.category().label().toLowerCase() + ")"
                    + (in.category() != plan.category() ? ", category changed from " + plan.category().label().toLowerCase() : "")
                    + "; next review due by " + Dates.govuk(nextReview);
        } else {
            outcome = "plan ended";
        }
        events.append(NewEvent.of(EventType.CP_CONFERENCE, at, user.displayName(),
                "Review child protection conference: " + outcome + lateness(plan.nextReviewDueOn(), in.heldOn()),
                "Chair: " + in.chair().trim() + meeting.describe() + "\nAttended: " + attendees + "\n\nThe child's views: "
                        + in.childViews().trim() + "\n\nReasons: " + in.reasons().trim(), List.of(personId)));
        if (in.decision() == ReviewDecision.END_PLAN) {
            String reason = "Review conference: " + in.reasons().trim();
            reviews.endPlan(plan.id(), in.heldOn(), reason);
            events.append(NewEvent.of(EventType.CP_PLAN, at, user.displayName(),
                    "Child protection plan ended: " + plan.category().label().toLowerCase() + ", started "
                            + Dates.govuk(plan.startedOn()), reason, List.of(personId)));
            publisher.publishEvent(new PlanEnded(personId, plan.id(), in.heldOn(), in.reasons().trim(), user.displayName()));
        }
        return conferenceId;
    }

    /** "; held 4 working days (6 calendar days) after it was due on ..." when late, else nothing. */
    String lateness(LocalDate due, LocalDate held) {
        if (!held.isAfter(due)) {
            return "";
        }
        return "; held " + calendar.workingDaysBetween(due, held) + " working days (" + ChronoUnit.DAYS.between(due, held)
                + " calendar days) after it was due on " + Dates.govuk(due);
    }
}
