package org.opencsc.protection.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanStarted;
import org.opencsc.protection.PlanTimescales;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.protection.enquiry.S47EnquiryRepository;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initial child protection conferences. One can be held only after a Section 47 enquiry that
 * concluded a conference is needed; when it decides on a plan, the plan starts that day under
 * its category, with the core group due 10 working days later and the first review 3 months
 * later, and it is flagged as a repeat plan when a previous plan ended in the 2 years before.
 * Other modules ask it for a child's open plan ({@link #openPlanOf}): it is the one type of this
 * sub-package they may use, as the named interface {@code protection::conferences}.
 */
@NamedInterface("conferences")
@Service
public class Conferences {

    private final ConferenceRepository conferences;
    private final S47EnquiryRepository enquiries;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final StepPermission permission;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Conferences(ConferenceRepository conferences, S47EnquiryRepository enquiries, WorkingDayCalendar calendar,
                EventLog events, AccessPolicy access, StepPermission permission, ApplicationEventPublisher publisher,
                Clock clock) {
        this.permission = permission;
        this.publisher = publisher;
        this.conferences = conferences;
        this.enquiries = enquiries;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Conference outcomes are recorded by the chair, or by a team manager on the chair's behalf. */
    public static boolean canRecord(Role role) {
        return role == Role.CONFERENCE_CHAIR || role == Role.TEAM_MANAGER;
    }

    /** Who may record a conference, as the refusal says it. */
    static final String REFUSAL = "Only a conference chair or a team manager can record a conference";

    /**
     * The enquiry an initial conference follows, for recording the conference: refused (403)
     * unless the user may record one on the child, the one rule for showing the form and for
     * saving it. Whether one can be recorded now is {@link #whyNoInitialConference}.
     */
    public S47Enquiry enquiryForInitial(long enquiryId, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRecord(user.role()), REFUSAL, user,
                () -> enquiries.find(enquiryId).orElseThrow(() -> new NotFoundException("There is no Section 47 enquiry " + enquiryId)),
                S47Enquiry::personId, channel, path);
    }

    /** Why no initial conference can follow this enquiry (yet), or empty when one can; see also {@link #initialAfter}. */
    public Optional<String> whyNoInitialConference(S47Enquiry enquiry) {
        if (enquiry.open()) {
            return Optional.of("The Section 47 enquiry has no outcome yet: an initial conference follows an enquiry "
                    + "that concluded one is needed.");
        }
        if (!enquiry.outcome().needsConference()) {
            return Optional.of("The Section 47 enquiry concluded no conference was needed ("
                    + enquiry.outcome().label() + ").");
        }
        return Optional.empty();
    }

    /** The initial conference recorded for an enquiry, if there is one (the caller has checked access). */
    public Optional<InitialConference> initialAfter(long enquiryId) {
        return conferences.initialAfterEnquiry(enquiryId);
    }

    private S47Enquiry enquiryOf(InitialConferenceInput in) {
        if (in.s47EnquiryId() == null) {
            throw new ValidationException("s47EnquiryId", "Give the Section 47 enquiry that led to this conference");
        }
        return enquiries.find(in.s47EnquiryId())
                .orElseThrow(() -> new ValidationException("s47EnquiryId", "There is no Section 47 enquiry " + in.s47EnquiryId()));
    }

    @Transactional
    public long recordInitial(InitialConferenceInput in, CurrentUser user, AccessLog.Channel channel) {
        S47Enquiry enquiry = permission.check(canRecord(user.role()), REFUSAL, user, () -> enquiryOf(in), S47Enquiry::personId,
                channel, "/conferences");
        Optional<String> notNow = whyNoInitialConference(enquiry);
        if (notNow.isPresent()) {
            throw new ValidationException("s47EnquiryId", notNow.get());
        }
        if (conferences.initialExistsFor(enquiry.id())) {
            throw new ConflictException("An initial conference has already been recorded for this enquiry");
        }
        Problems problems = new Problems();
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date the conference was held");
        } else if (in.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add("heldOn", "A conference is recorded once it has been held: the date cannot be in the future");
        } else if (in.heldOn().isBefore(enquiry.startedOn())) {
            problems.add("heldOn", "The conference cannot be before the Section 47 enquiry started on " + Dates.govuk(enquiry.startedOn()));
        }
        ConferenceMeeting meeting = in.meeting();
        meeting.check(in.heldOn(), clock, problems);
        required(in.chair(), "chair", "Enter who chaired the conference", problems);
        String attendees = meeting.attendees(in.attendees(), problems);
        required(in.childViews(), "childViews", "Enter the child's views (in their words) or how they were sought", problems);
        required(in.reasons(), "reasons", "Enter the reasons for the conference's decision", problems);
        if (in.planNeeded() == null) {
            problems.add("planNeeded", "Record whether the child needs a child protection plan");
        } else if (in.planNeeded() && in.category() == null) {
            problems.add("category", "Select the category of abuse for the plan");
        } else if (!in.planNeeded() && in.category() != null) {
            problems.add("category", "A category is given only when the child needs a plan");
        }
        problems.throwIfAny();
        long personId = enquiry.personId();
        if (in.planNeeded() && conferences.openPlan(personId).isPresent()) {
            throw new ConflictException("The child already has an open child protection plan");
        }
        long conferenceId = conferences.insertInitial(personId, in, attendees, user.displayName(),
                conferences.chairAccount(user, in.chair()));
        conferences.insertMeeting(conferenceId, meeting);
        int late = calendar.workingDaysBetween(enquiry.icpcDueOn(), in.heldOn());
        events.append(NewEvent.of(EventType.CP_CONFERENCE, meeting.placed(in.heldOn(), clock),
                user.displayName(), "Initial child protection conference: "
                        + (in.planNeeded() ? "child protection plan (" + in.category().label().toLowerCase() + ")" : "no plan")
                        + (late > 0 ? "; held " + late + " working days after it was due on " + Dates.govuk(enquiry.icpcDueOn()) : ""),
                "Chair: " + in.chair().trim() + meeting.describe() + "\nAttended: " + attendees + "\n\nThe child's views: "
                        + in.childViews().trim() + "\n\nReasons: " + in.reasons().trim(), List.of(personId)));
        if (in.planNeeded()) {
            startPlan(personId, conferenceId, in.category(), in.heldOn(), meeting.placed(in.heldOn(), clock), in.reasons().trim(), user);
        }
        return conferenceId;
    }

    /** The plan starts with the conference that decided it, and sits beside it in the chronology ({@code at}). */
    private void startPlan(long personId, long conferenceId, AbuseCategory category, LocalDate start, java.time.Instant at,
                           String reasons, CurrentUser user) {
        LocalDate coreGroup = calendar.addWorkingDays(start, PlanTimescales.FIRST_CORE_GROUP_WORKING_DAYS);
        LocalDate review = start.plusMonths(PlanTimescales.FIRST_REVIEW_MONTHS);
        boolean repeat = conferences.endedWithinTwoYearsBefore(personId, start);
        long planId = conferences.insertPlan(personId, conferenceId, category, start, coreGroup, review, repeat);
        events.append(NewEvent.of(EventType.CP_PLAN, at, user.displayName(),
                "Child protection plan started: " + category.label().toLowerCase() + (repeat ? " (repeat plan within 2 years)" : ""),
                "First core group due by " + Dates.govuk(coreGroup) + "; first review conference due by " + Dates.govuk(review),
                List.of(personId)));
        publisher.publishEvent(new PlanStarted(personId, planId, start, reasons, user.displayName()));
    }

    /** The child's open plan, for the record page (the caller has already checked access). */
    public Optional<ChildProtectionPlan> openPlanOf(long personId) {
        return conferences.openPlan(personId);
    }

    /** The time a recorded conference started and its invitees (the caller has checked access). */
    ConferenceMeeting meetingOf(long conferenceId) {
        return conferences.meeting(conferenceId);
    }

    /** A conference of either kind as it now reads, for someone who may see the child's record. */
    public ConferenceRecord record(long conferenceId, CurrentUser user, AccessLog.Channel channel, String path) {
        long personId = conferences.personOf(conferenceId)
                .orElseThrow(() -> new NotFoundException("There is no conference " + conferenceId));
        access.checkAndLogView(user, personId, channel, path);
        return conferences.record(conferenceId).orElseThrow();
    }

    public ChildProtectionPlan planFrom(long conferenceId, CurrentUser user, AccessLog.Channel channel, String path) {
        long personId = conferences.personOf(conferenceId)
                .orElseThrow(() -> new NotFoundException("There is no conference " + conferenceId));
        access.checkAndLogView(user, personId, channel, path);
        return conferences.planFromConference(conferenceId).orElse(null);
    }

    public static void required(String value, String field, String message, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, message);
        } else if (value.length() > StrategyDiscussions.MAX_TEXT) {
            problems.add(field, "Must be " + StrategyDiscussions.MAX_TEXT + " characters or fewer");
        }
    }
}
