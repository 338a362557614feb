package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.workforce.Allocation;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New information for the allocated worker: what a contact about a child whose case is open
 * becomes, instead of a second referral. The worker who holds the child reads it on My work
 * ({@link NewInformationDueWork}), their team manager under "For your attention"
 * ({@link NewInformationAttention}) and on Team work; either acknowledges it, saying what they
 * will do, and it is done.
 */
@Service
public class NewInformationService {

    private final NewInformationRepository items;
    private final AllocationRepository allocations;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    NewInformationService(NewInformationRepository items, AllocationRepository allocations, WorkingDayCalendar calendar,
                          EventLog events, AccessPolicy access, Clock clock) {
        this.items = items;
        this.allocations = allocations;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Passes the contact to whoever holds the child's open case; due the next working day. */
    void passOn(Contact contact, Contact.Child child, Referral open, Instant now, CurrentUser user) {
        Optional<Allocation> holder = allocations.current(child.personId());
        Long teamId = holder.map(Allocation::teamId).orElse(open == null ? null : open.teamId());
        Long workerId = holder.map(Allocation::workerId).orElse(open == null ? null : open.workerId());
        LocalDate due = calendar.addWorkingDays(now.atZone(clock.getZone()).toLocalDate(), 1);
        items.insert(contact.id(), child.personId(), open == null ? null : open.id(), teamId, workerId, now, due);
        String to = holder.map(a -> (a.workerName() == null ? "" : a.workerName() + ", ") + a.teamName())
                .orElse(open != null && open.allocated() ? open.workerName() + ", " + open.teamName() : "the manager who allocates the open referral");
        events.append(NewEvent.of(EventType.CONTACT_DECISION, now, user.displayName(),
                "Contact " + contact.id() + " passed to " + to + " as new information (the case is open"
                        + (open == null ? "" : ": referral " + open.id()) + ")",
                "To read and act on by the end of the next working day; not a new referral.", List.of(child.personId())));
    }

    public List<NewInformation> forContact(long contactId) {
        return items.forContact(contactId);
    }

    /**
     * Whether the user may acknowledge it: the worker who holds the child now, or a manager of the
     * team that does (a duty or team manager, within their service area).
     */
    public boolean canAcknowledge(CurrentUser user, NewInformation item) {
        Optional<Allocation> holder = allocations.current(item.personId());
        if (holder.isEmpty()) {
            return user.role().isManager();
        }
        Allocation a = holder.get();
        return (a.workerId() != null && a.workerId() == user.id())
                || (user.role().isManager() && user.visibleTeamIds().contains(a.teamId()));
    }

    @Transactional
    public void acknowledge(long contactId, long itemId, String response, CurrentUser user, AccessLog.Channel channel) {
        NewInformation item = items.find(itemId).filter(i -> i.contactId() == contactId)
                .orElseThrow(() -> new NotFoundException("Contact " + contactId + " has no new information " + itemId));
        access.checkCanRecord(user, item.personId(), channel, "/contacts/" + contactId + "/new-information/" + itemId);
        if (!canAcknowledge(user, item)) {
            throw new RecordAccessDeniedException("Only the child's allocated worker or their team's manager can acknowledge this");
        }
        Problems problems = new Problems();
        if (ContactRules.blank(response)) {
            problems.add("response", "Enter what you will do with this information");
        } else if (response.length() > ContactRules.MAX_TEXT) {
            problems.add("response", "What you will do must be " + ContactRules.MAX_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        if (!items.acknowledge(itemId, user.displayName(), now, response.trim())) {
            throw new ConflictException("This new information was already acknowledged by "
                    + items.find(itemId).map(NewInformation::acknowledgedBy).orElse("someone else"));
        }
        events.append(NewEvent.of(EventType.CONTACT_DECISION, now, user.displayName(),
                "New information from contact " + contactId + " read and acknowledged", response.trim(),
                List.of(item.personId())));
    }
}
