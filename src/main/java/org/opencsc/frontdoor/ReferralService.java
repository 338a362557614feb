package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.person.RecordRestriction;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Redaction;
import org.opencsc.security.Sight;
import org.opencsc.workforce.Allocation;
import org.opencsc.workforce.AllocationRepository;
import org.opencsc.workforce.WorkerCaseload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals exist only because a contact was decided as one (the table requires the contact).
 * Each child gets their own referral, flagged as a re-referral when they were referred in the
 * 12 months before, and a manager allocates it to a worker, seeing each worker's caseload.
 */
@Service
public class ReferralService {

    private final ReferralRepository referrals;
    private final AllocationRepository allocations;
    private final EventLog events;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final RecordRestriction restriction;
    private final NewInformationService newInformation;
    private final AllocationChoices choices;
    private final CaseTransfers transfers;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, AllocationRepository allocations, EventLog events,
                    AccessPolicy access, Redaction redaction, RecordRestriction restriction,
                    NewInformationService newInformation, AllocationChoices choices, CaseTransfers transfers, Clock clock) {
        this.choices = choices;
        this.transfers = transfers;
        this.referrals = referrals;
        this.newInformation = newInformation;
        this.restriction = restriction;
        this.allocations = allocations;
        this.events = events;
        this.access = access;
        this.redaction = redaction;
        this.clock = clock;
    }

    /**
     * Called once a referral decision is signed off. The referral date is the day the contact came
     * in. A child whose case is open gets no second referral: the contact goes to their worker as
     * new information (the decision could not know, when a duty worker made it, that a referral
     * would open before the sign-off). Returns whether any child was referred.
     */
    boolean createFor(Contact contact, CurrentUser user) {
        Instant now = Instant.now(clock);
        boolean referredAny = false;
        for (Contact.Child child : contact.children()) {
            referrals.lockChildReferrals(child.personId());
            Optional<Referral> open = referrals.openFor(child.personId());
            if (open.isPresent()) {
                newInformation.passOn(contact, child, open.get(), now, user);
            } else {
                open(contact, child, user);
                referredAny = true;
            }
        }
        return referredAny;
    }

    /** A decision of new information: each child's contact goes to whoever holds their open case. */
    void passOnAsNewInformation(Contact contact, CurrentUser user) {
        Instant now = Instant.now(clock);
        for (Contact.Child child : contact.children()) {
            referrals.lockChildReferrals(child.personId());
            newInformation.passOn(contact, child, referrals.openFor(child.personId()).orElse(null), now, user);
        }
    }

    /** The open referral of each of these children that has one (the caller may open them all). */
    public java.util.Map<Long, Referral> openReferrals(java.util.Collection<Long> personIds) {
        java.util.Map<Long, Referral> open = new java.util.LinkedHashMap<>();
        for (Long id : personIds) {
            referrals.openFor(id).ifPresent(r -> open.put(id, r));
        }
        return open;
    }

    /** Opens the child's referral: never while one is open (the caller holds the child's referral lock). */
    private void open(Contact contact, Contact.Child child, CurrentUser user) {
        referrals.openFor(child.personId()).ifPresent(r -> {
            throw new ConflictException(child.name() + " already has an open referral (" + r.id() + "): a second cannot be opened");
        });
        LocalDate date = contact.receivedAt().atZone(clock.getZone()).toLocalDate();
        PrimaryNeed need = contact.decision().primaryNeed();
        Optional<Long> previous = referrals.previousWithinTwelveMonths(child.personId(), date);
        long id = referrals.insert(contact.id(), child.personId(), date, contact.source(), need, previous.orElse(null));
        String re = previous.flatMap(referrals::find)
                .map(p -> " (re-referral: previously referred on " + Dates.govuk(p.referralDate()) + ")").orElse("");
        events.append(NewEvent.of(EventType.REFERRAL, contact.receivedAt(), user.displayName(),
                "Referral " + id + " to children's social care" + re,
                "Primary need: " + need.code() + " " + need.label() + ". Source: " + contact.source().label(),
                List.of(child.personId())));
    }

    /**
     * The referrals awaiting allocation as the user may see them. One about a restricted record
     * the user is not named on stays a line for managers, who allocate, with only its date; the
     * named staff see it in full and allocate it.
     */
    public List<ReferralQueueLine> awaitingAllocation(CurrentUser user, int limit) {
        // The queue is the managers' to allocate from, on the page and over the API alike.
        if (!ContactService.canSignOff(user.role())) {
            throw new RecordAccessDeniedException("Only a manager can allocate referrals");
        }
        List<Referral> all = referrals.awaitingAllocation(limit);
        Redaction.Sights sights = redaction.of(user, all.stream().map(Referral::personId).toList());
        List<ReferralQueueLine> lines = new ArrayList<>();
        for (Referral referral : all) {
            Sight sight = sights.of(referral.personId());
            if (sight == Sight.OPEN) {
                lines.add(referral);
            } else if (sight == Sight.SEALED) {
                lines.add(new WithheldReferral(referral.referralDate()));
            }
        }
        return lines;
    }

    public List<Referral> forChild(long personId) {
        return referrals.forChild(personId);
    }

    /**
     * The referral for a user allowed to see it, logged as a view: of the contact's children for
     * a referral from a contact (as the contact is opened), of the child for an imported one.
     */
    public Referral open(long id, ContactService contacts, CurrentUser user, AccessLog.Channel channel, String path) {
        Referral r = find(id);
        if (r.contactId() != null) {
            contacts.open(r.contactId(), user, channel, path);
        } else {
            access.checkAndLogView(user, r.personId(), channel, path);
        }
        return r;
    }

    public Referral find(long id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("There is no referral " + id));
    }

    /**
     * The referral, read under a row lock held to the end of the caller's transaction. Closing a
     * case and the steps that need it open (a strategy discussion, an assessment) take it first,
     * so one sent at the same moment as the closure waits for it and then sees the case closed,
     * rather than each checking the other before either has committed.
     */
    public Referral findLocked(long id) {
        referrals.lock(id);
        return find(id);
    }

    /** Every worker the manager may allocate to, across the teams they allocate to, with the children each holds now. */
    public List<WorkerCaseload> caseloadsFor(CurrentUser user) {
        return choices.caseloads(user);
    }

    /** The worker's caseload in the team now, against their limit: what an allocation's answer warns with. */
    public WorkerCaseload caseloadOf(long workerId, long teamId) {
        return allocations.caseload(workerId, teamId).orElse(null);
    }

    /** A referral chosen on the allocation page, with the version the manager saw. */
    public record Choice(long referralId, int version) {
    }

    /** Allocates the referral and the siblings referred by the same contact (those the user may open), as one group. */
    @Transactional
    public void allocate(long referralId, int version, Long workerId, Long teamId, CurrentUser user, AccessLog.Channel channel) {
        allocate(referralId, version, workerId, teamId, null, user, channel);
    }

    @Transactional
    public void allocate(long referralId, int version, Long workerId, Long teamId, String reason, CurrentUser user,
                         AccessLog.Channel channel) {
        if (!ContactService.canSignOff(user.role())) {
            throw new RecordAccessDeniedException("Only a manager can allocate referrals");
        }
        Referral referral = find(referralId);
        List<Choice> group = new ArrayList<>(List.of(new Choice(referralId, version)));
        // Siblings referred by the same contact go to the same worker: one family, one worker.
        for (Referral sibling : referrals.unallocatedFromContact(referral.contactId())) {
            if (sibling.id() != referralId && access.canView(user, sibling.personId())) {
                group.add(new Choice(sibling.id(), sibling.version()));
            }
        }
        allocateGroup(group, workerId, teamId, reason, user, channel);
    }

    /**
     * Allocates a sibling group in one step: the referrals chosen (from one contact) to one worker.
     * A child someone already holds is not moved silently: with a reason, their move is recorded as
     * a transfer ({@link CaseTransfers}); without one, nothing is allocated and the problem says who
     * holds them. All or nothing: a referral changed meanwhile leaves the whole group as it was.
     */
    @Transactional
    public void allocateGroup(List<Choice> chosen, Long workerId, Long teamId, String reason, CurrentUser user,
                              AccessLog.Channel channel) {
        if (!ContactService.canSignOff(user.role())) {
            throw new RecordAccessDeniedException("Only a manager can allocate referrals");
        }
        Problems problems = new Problems();
        if (chosen.isEmpty()) {
            problems.add("referrals", "Select at least one child to allocate");
            problems.throwIfAny();
        }
        List<Referral> group = chosen.stream().map(c -> find(c.referralId())).toList();
        for (Referral r : group) {
            access.checkCanRecord(user, r.personId(), channel, "/referrals/" + r.id() + "/allocation");
        }
        if (group.stream().map(Referral::siblingGroup).distinct().count() > 1) {
            problems.add("referrals", "Allocate together only the children referred by the same contact");
        }
        choices.check(workerId, teamId, user, problems, "worker");
        for (Referral r : group) {
            if (r.allocated()) {
                throw new ConflictException("Referral " + r.id() + " was already allocated to " + r.workerName());
            }
        }
        problems.throwIfAny();
        // Who holds each child is read under the allocation's lock (children in id order, so two managers cannot
        // deadlock), so a transfer sent meanwhile is either seen here or finds its allocation no longer current.
        group.stream().map(Referral::personId).distinct().sorted().forEach(allocations::lockCurrent);
        Map<Long, Allocation> moving = new LinkedHashMap<>();
        for (Referral r : group) {
            allocations.current(r.personId())
                    .filter(a -> !workerId.equals(a.workerId()) || a.teamId() != teamId)
                    .ifPresent(a -> moving.put(r.personId(), a));
        }
        if (!moving.isEmpty() && (reason == null || reason.isBlank())) {
            Referral first = group.stream().filter(r -> moving.containsKey(r.personId())).findFirst().orElseThrow();
            Allocation a = moving.get(first.personId());
            problems.add("reason", first.childName() + " is allocated to " + CaseTransfers.holder(a) + " since "
                    + Dates.govuk(a.since()) + ": allocating moves them, which is a transfer. Enter the reason for the transfer");
        } else if (!moving.isEmpty()) {
            CaseTransfers.checkReason(reason, problems, "reason");
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        for (int i = 0; i < group.size(); i++) {
            if (!referrals.allocate(group.get(i).id(), chosen.get(i).version(), teamId, workerId, user.displayName(), now)) {
                throw new ConflictException("Referral " + group.get(i).id() + " was changed by someone else while you were "
                        + "allocating it. Nothing has been allocated: check the latest version and allocate again.");
            }
        }
        List<Long> children = group.stream().map(Referral::personId).distinct().toList();
        for (Long child : children) {
            if (moving.containsKey(child)) {
                transfers.move(child, moving.get(child), teamId, workerId, reason, user);
            } else if (allocations.current(child).isEmpty()) {
                allocations.allocate(child, teamId, workerId, LocalDate.now(clock));
                restriction.nameAllocatedWorker(child, workerId, user);
            }
        }
        Referral done = find(group.getFirst().id());
        events.append(NewEvent.of(EventType.ALLOCATED, now, user.displayName(),
                "Allocated to " + done.workerName() + ", " + done.teamName(),
                group.size() > 1 ? "Referrals " + String.join(", ", group.stream().map(r -> String.valueOf(r.id())).toList())
                        + ", brothers and sisters allocated together" : "Referral " + done.id(), children));
    }
}
