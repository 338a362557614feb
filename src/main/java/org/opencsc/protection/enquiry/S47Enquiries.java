package org.opencsc.protection.enquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 47 enquiries, opened by a strategy discussion's decision ({@link StrategyDiscussions})
 * and closed here with their outcome and the reasons for it.
 */
@NamedInterface("enquiries")
@Service
public class S47Enquiries {

    private final S47EnquiryRepository enquiries;
    private final EventLog events;
    private final AccessPolicy access;
    private final StepPermission permission;
    private final Clock clock;

    S47Enquiries(S47EnquiryRepository enquiries, EventLog events, AccessPolicy access, StepPermission permission, Clock clock) {
        this.enquiries = enquiries;
        this.events = events;
        this.access = access;
        this.permission = permission;
        this.clock = clock;
    }

    public S47Enquiry open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        S47Enquiry e = enquiries.find(id).orElseThrow(() -> new NotFoundException("There is no Section 47 enquiry " + id));
        access.checkAndLogView(user, e.personId(), channel, path);
        return e;
    }

    /** The child's enquiries waiting for an outcome or for their conference (caller has checked access). */
    public List<S47Enquiry> awaitingNextStep(long personId) {
        return enquiries.awaitingNextStep(personId);
    }

    /**
     * The enquiry, for recording its outcome: refused (403) unless the user may record it, the one
     * rule for showing the outcome form and for saving it. The enquiry may already have its outcome.
     */
    public S47Enquiry openForOutcome(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(StrategyDiscussions.canRecord(user.role()),
                "Only a social worker or a manager can record the outcome of an enquiry", user,
                () -> enquiries.find(id).orElseThrow(() -> new NotFoundException("There is no Section 47 enquiry " + id)),
                S47Enquiry::personId, channel, path);
    }

    /** Why a second outcome cannot be recorded for an enquiry that has one. */
    public static String alreadyCompleted(S47Enquiry e) {
        return "This enquiry's outcome was recorded on " + Dates.govuk(e.completedOn()) + " by " + e.completedBy()
                + ": it cannot be recorded again.";
    }

    @Transactional
    public void complete(long id, int version, S47Outcome outcome, String reason, LocalDate completedOn, CurrentUser user,
                         AccessLog.Channel channel) {
        S47Enquiry e = openForOutcome(id, user, channel, "/s47-enquiries/" + id + "/outcome");
        if (!e.open()) {
            throw new ConflictException(alreadyCompleted(e));
        }
        Problems problems = new Problems();
        if (outcome == null) {
            problems.add("outcome", "Select the outcome of the enquiry");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("outcomeReason", "Enter the reasons for the outcome");
        } else if (reason.length() > StrategyDiscussions.MAX_TEXT) {
            problems.add("outcomeReason", "The reasons must be " + StrategyDiscussions.MAX_TEXT + " characters or fewer");
        }
        if (completedOn == null) {
            problems.add("completedOn", "Enter the date the enquiry was completed");
        } else if (completedOn.isBefore(e.startedOn())) {
            problems.add("completedOn", "The enquiry cannot end before it started on " + Dates.govuk(e.startedOn()));
        } else if (completedOn.isAfter(LocalDate.now(clock))) {
            problems.add("completedOn", "The completion date cannot be in the future");
        }
        problems.throwIfAny();
        if (!enquiries.complete(id, version, completedOn, outcome, reason, user.displayName())) {
            throw new ConflictException("The enquiry was changed by someone else: reload it and try again");
        }
        events.append(NewEvent.of(EventType.S47_ENQUIRY, LondonTime.placeDate(completedOn, clock),
                user.displayName(), "Section 47 enquiry completed: " + outcome.label()
                        + (outcome.needsConference() ? " (initial conference due by " + Dates.govuk(e.icpcDueOn()) + ")" : ""),
                reason.trim(), List.of(e.personId())));
    }
}
