package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Redaction;
import org.opencsc.security.Role;
import org.opencsc.security.Sight;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts through the front door: recording them (due for a decision 1 working day after
 * receipt), partner-agency checks, the decision (signed off by a manager) and, for a
 * referral, handing over to {@link ReferralService}.
 */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final ReferralService referrals;
    private final PersonRepository people;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final Clock clock;

    ContactService(ContactRepository contacts, ReferralService referrals, PersonRepository people,
                   WorkingDayCalendar calendar, EventLog events, AccessPolicy access, Redaction redaction, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.people = people;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.redaction = redaction;
        this.clock = clock;
    }

    public static boolean canDecide(Role role) {
        return role == Role.DUTY_SOCIAL_WORKER || role == Role.DUTY_MANAGER || role == Role.TEAM_MANAGER;
    }

    /** Contact officers gather partner-agency information too; deciding stays with social workers and managers. */
    public static boolean canCheck(Role role) {
        return canDecide(role) || role == Role.CONTACT_OFFICER;
    }

    public static boolean canSignOff(Role role) {
        return role == Role.DUTY_MANAGER || role == Role.TEAM_MANAGER;
    }

    @Transactional
    public long record(ContactInput in, CurrentUser user, AccessLog.Channel channel) {
        if (!user.role().recordsOnCases()) {
            throw new RecordAccessDeniedException("Your role cannot record contacts");
        }
        Problems problems = new Problems();
        Instant now = Instant.now(clock);
        ContactRules.check(in, now, problems);
        for (Long childId : in.childIds() == null ? List.<Long>of() : in.childIds()) {
            // A JSON list may hold nulls ("childIds": [null]): a problem to report, not a server error.
            Person child = childId == null ? null : people.find(childId).orElse(null);
            if (childId == null) {
                problems.add("childIds", "Every child ID must be a number");
            } else if (child == null) {
                problems.add("childIds", "There is no person with ID " + childId);
            } else if (!child.child()) {
                problems.add("childIds", child.fullName() + " is an adult: a contact is about children");
            } else if (child.mergedInto() != null) {
                problems.add("childIds", "Record " + childId + " was merged into record " + child.mergedInto() + ": use that one");
            }
        }
        problems.throwIfAny();
        for (Long childId : in.childIds()) {
            access.checkCanRecord(user, childId, channel, "/contacts");
        }
        LocalDate received = in.receivedAt().atZone(clock.getZone()).toLocalDate();
        LocalDate due = dueOn(in.urgency(), received);
        long id = contacts.insert(in, due, user.displayName(), now);
        String from = in.source().label() + (ContactRules.blank(in.contactorAgency()) ? "" : " (" + in.contactorAgency().trim() + ")");
        events.append(NewEvent.of(EventType.CONTACT_RECEIVED, in.receivedAt(), user.displayName(),
                "Contact from " + from + concern(in.gathered()) + ": decision due " + Dates.govuk(due),
                in.reported().trim() + "\n\nConsent to share: " + in.consent().label()
                        + (in.consent() == Consent.GIVEN ? " (" + in.consentScope().trim() + ")" : ". Reason for sharing: " + in.sharingReason().trim())
                        + handover(in) + gatheredWords(in.gathered()),
                in.childIds()));
        return id;
    }

    /**
     * Working Together allows 1 working day for a decision; a contact about immediate risk, or
     * one the contactor needs answering today, is due the day it came in, so it tops the queue.
     */
    LocalDate dueOn(Urgency urgency, LocalDate received) {
        return urgency == Urgency.STANDARD ? calendar.addWorkingDays(received, 1) : received;
    }

    /** The contact, if the user may see every child it concerns. */
    public Contact open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Contact contact = contacts.find(id).orElseThrow(() -> new NotFoundException("There is no contact " + id));
        access.checkAndLogViews(user, contact.childIds(), channel, path);
        return contact;
    }

    @Transactional
    public void addCheck(long contactId, int version, Agency agency, String outcome, CurrentUser user,
                         AccessLog.Channel channel) {
        Contact contact = open(contactId, user, channel, "/contacts/" + contactId + "/checks");
        if (!canCheck(user.role())) {
            throw new RecordAccessDeniedException("Only the front door records partner-agency checks");
        }
        Problems problems = new Problems();
        if (agency == null) {
            problems.add("agency", "Select the agency");
        }
        if (ContactRules.blank(outcome)) {
            problems.add("outcome", "Enter what the agency said");
        } else if (outcome.length() > ContactRules.MAX_TEXT) {
            problems.add("outcome", "What the agency said must be " + ContactRules.MAX_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        if (!contacts.touch(contactId, version)) {
            throw changedMeanwhile(contactId);
        }
        Instant now = Instant.now(clock);
        contacts.addCheck(contactId, agency, outcome, now, user.displayName());
        events.append(NewEvent.of(EventType.AGENCY_CHECK, now, user.displayName(),
                agency.label() + " check for contact " + contactId, outcome.trim(), contact.childIds()));
    }

    /**
     * Records the decision. A manager's decision is signed off as it is made; a duty social
     * worker's waits for a manager's sign-off before anything follows from it.
     */
    @Transactional
    public void decide(long contactId, int version, DecisionOutcome outcome, String reason, String earlyHelpService,
                       PrimaryNeed need, CurrentUser user, AccessLog.Channel channel) {
        if (!canDecide(user.role())) {
            throw new RecordAccessDeniedException("Only a duty social worker or a manager can decide on a contact");
        }
        Contact contact = open(contactId, user, channel, "/contacts/" + contactId + "/decision");
        if (contact.status() != Contact.Status.AWAITING_DECISION) {
            throw new ConflictException("A decision has already been recorded on this contact by "
                    + contact.decision().decidedBy() + ": it cannot be recorded twice");
        }
        Problems problems = new Problems();
        if (outcome == null) {
            problems.add("outcome", "Select the decision");
        }
        if (ContactRules.blank(reason)) {
            problems.add("reason", "Enter why you made this decision");
        } else if (reason.length() > ContactRules.MAX_TEXT) {
            problems.add("reason", "The reason must be " + ContactRules.MAX_TEXT + " characters or fewer");
        }
        if (outcome == DecisionOutcome.EARLY_HELP && ContactRules.blank(earlyHelpService)) {
            problems.add("earlyHelpService", "Enter the early help service the family is stepped down to");
        }
        if (outcome == DecisionOutcome.REFERRAL && need == null) {
            problems.add("primaryNeed", "Select the child's primary need (CIN census code)");
        }
        problems.throwIfAny();
        checkAgainstOpenCases(contact, outcome, "outcome");
        boolean manager = canSignOff(user.role());
        if (!contacts.advance(contactId, version, manager ? Contact.Status.DECIDED : Contact.Status.AWAITING_SIGN_OFF)) {
            throw changedMeanwhile(contactId);
        }
        Instant now = Instant.now(clock);
        contacts.insertDecision(contactId, outcome, reason, outcome == DecisionOutcome.EARLY_HELP ? earlyHelpService : null,
                outcome == DecisionOutcome.REFERRAL ? need : null, user.displayName(), now, manager);
        String by = manager ? " (decided and signed off by " + user.displayName() + ")" : " (awaiting a manager's sign-off)";
        events.append(NewEvent.of(EventType.CONTACT_DECISION, now, user.displayName(),
                "Decision on contact " + contactId + ": " + outcome.label() + by,
                reason.trim() + (outcome == DecisionOutcome.EARLY_HELP ? "\n\nEarly help service: " + earlyHelpService.trim() : ""),
                contact.childIds()));
        if (manager) {
            followThrough(contacts.find(contactId).orElseThrow(), now, user);
        }
    }

    /**
     * A manager signs off a duty worker's decision, with their rationale: agreeing, or disagreeing
     * and making the decision themselves. Both decisions are kept (the duty worker's as the
     * original) and only the standing one is followed through.
     */
    @Transactional
    public void signOff(long contactId, int version, SignOffInput in, CurrentUser user, AccessLog.Channel channel) {
        if (!canSignOff(user.role())) {
            throw new RecordAccessDeniedException("Only a manager can sign off a front door decision");
        }
        Contact contact = open(contactId, user, channel, "/contacts/" + contactId + "/sign-off");
        if (contact.status() != Contact.Status.AWAITING_SIGN_OFF) {
            throw new ConflictException(contact.status() == Contact.Status.DECIDED
                    ? "This decision has already been signed off" : "There is no decision to sign off yet");
        }
        Problems problems = new Problems();
        if (ContactRules.blank(in.rationale())) {
            problems.add("rationale", "Enter your rationale: why this decision is, or is not, the right one");
        } else if (in.rationale().length() > ContactRules.MAX_TEXT) {
            problems.add("rationale", "The rationale must be " + ContactRules.MAX_TEXT + " characters or fewer");
        }
        if (in.agree() == null) {
            problems.add("agree", "Select whether you agree with the decision");
        }
        boolean changing = Boolean.FALSE.equals(in.agree());
        Contact.Decision made = contact.decision();
        if (changing) {
            if (in.changedOutcome() == null) {
                problems.add("changedOutcome", "Select the decision you are making instead");
            } else if (in.changedOutcome() == DecisionOutcome.EARLY_HELP && ContactRules.blank(in.changedEarlyHelpService())) {
                problems.add("changedEarlyHelpService", "Enter the early help service the family is stepped down to");
            } else if (in.changedOutcome() == DecisionOutcome.REFERRAL && in.changedPrimaryNeed() == null) {
                problems.add("changedPrimaryNeed", "Select the child's primary need (CIN census code)");
            } else if (in.changedOutcome() == made.outcome()
                    && (in.changedOutcome() != DecisionOutcome.REFERRAL || in.changedPrimaryNeed() == made.primaryNeed())
                    && (in.changedOutcome() != DecisionOutcome.EARLY_HELP
                        || in.changedEarlyHelpService().trim().equals(made.earlyHelpService()))) {
                problems.add("changedOutcome", "That is the decision already made: choose a different one, or agree with it");
            }
            if (!ContactRules.blank(in.changedEarlyHelpService()) && in.changedEarlyHelpService().length() > ContactRules.MAX_TEXT) {
                problems.add("changedEarlyHelpService", "The early help service must be " + ContactRules.MAX_TEXT + " characters or fewer");
            }
        }
        problems.throwIfAny();
        if (changing) {
            // The manager's own decision obeys the open-case rules the duty worker's does.
            checkAgainstOpenCases(contact, in.changedOutcome(), "changedOutcome");
        }
        if (!contacts.advance(contactId, version, Contact.Status.DECIDED)) {
            throw changedMeanwhile(contactId);
        }
        Instant now = Instant.now(clock);
        if (changing) {
            DecisionOutcome outcome = in.changedOutcome();
            contacts.signOffChanged(contactId, in.rationale(), outcome,
                    outcome == DecisionOutcome.EARLY_HELP ? in.changedEarlyHelpService() : null,
                    outcome == DecisionOutcome.REFERRAL ? in.changedPrimaryNeed() : null, user.displayName(), now);
            events.append(NewEvent.of(EventType.CONTACT_DECISION, now, user.displayName(),
                    "Decision on contact " + contactId + " changed at sign-off: " + made.outcome().label() + " (by "
                            + made.decidedBy() + ") became " + outcome.label(),
                    "Manager's rationale: " + in.rationale().trim()
                            + (outcome == DecisionOutcome.EARLY_HELP ? "\n\nEarly help service: " + in.changedEarlyHelpService().trim() : "")
                            + (outcome == DecisionOutcome.REFERRAL ? "\n\nPrimary need: " + in.changedPrimaryNeed().code() + " "
                               + in.changedPrimaryNeed().label() : ""),
                    contact.childIds()));
        } else {
            contacts.signOff(contactId, in.rationale(), user.displayName(), now);
            events.append(NewEvent.of(EventType.CONTACT_DECISION, now, user.displayName(),
                    "Decision on contact " + contactId + " signed off: " + made.outcome().label(),
                    "Manager's rationale: " + in.rationale().trim(), contact.childIds()));
        }
        followThrough(contacts.find(contactId).orElseThrow(), now, user);
    }

    private void followThrough(Contact contact, Instant now, CurrentUser user) {
        if (contact.decision().outcome() == DecisionOutcome.REFERRAL) {
            if (!referrals.createFor(contact, user)) {
                // Every child's case opened before the sign-off: the record must not say "Referral".
                contacts.becameNewInformation(contact.id());
            }
        } else if (contact.decision().outcome() == DecisionOutcome.NEW_INFORMATION) {
            referrals.passOnAsNewInformation(contact, user);
        }
    }

    /**
     * A contact about children whose cases are all open is new information for their workers, never
     * a second referral (409: the record would hold two open episodes and two "Close the case"
     * links); new information needs every child's case open, or a child would be left with no
     * decision. A referral for a sibling group of which some are open refers the others and
     * passes the contact to the open ones' workers.
     */
    private void checkAgainstOpenCases(Contact contact, DecisionOutcome outcome, String field) {
        java.util.Map<Long, Referral> open = referrals.openReferrals(contact.childIds());
        if (outcome == DecisionOutcome.REFERRAL && open.size() == contact.childIds().size()) {
            throw new ConflictException(contact.children().stream().map(c -> openCase(c, open.get(c.personId())))
                    .collect(java.util.stream.Collectors.joining(" ")) + " A contact about an open case is passed to the allocated "
                    + "worker as new information, not made a second referral: choose \"" + DecisionOutcome.NEW_INFORMATION.label() + "\".");
        }
        if (outcome == DecisionOutcome.NEW_INFORMATION && open.size() < contact.childIds().size()) {
            Problems problems = new Problems();
            problems.add(field, contact.children().stream().filter(c -> !open.containsKey(c.personId())).map(Contact.Child::name)
                    .collect(java.util.stream.Collectors.joining(" and ")) + " has no open case: new information is only for "
                    + "children whose case is open. Choose another decision");
            problems.throwIfAny();
        }
    }

    private static String openCase(Contact.Child child, Referral referral) {
        return child.name() + "'s case is open (referral " + referral.id() + " of " + Dates.govuk(referral.referralDate())
                + (referral.allocated() ? ", allocated to " + referral.workerName() + ", " + referral.teamName() : ", awaiting allocation")
                + ").";
    }

    /**
     * The contacts awaiting a decision as the user may see them. A contact about a restricted
     * record the user is not named on is still a line for the people who work the queue
     * ({@link #keepsWithheldLines}), without the child or what was reported: vanishing work is a
     * risk, and the named staff, who see it in full, are told on their home page
     * ({@link RestrictedFrontDoorWork}). A contact about a child outside a manager's service area
     * is left out: the front door, whose queue it is, sees it in full.
     */
    public List<ContactQueueLine> queue(CurrentUser user, int limit) {
        List<Contact> undecided = contacts.undecided(limit);
        Redaction.Sights sights = redaction.of(user, undecided.stream().flatMap(c -> c.childIds().stream()).toList());
        boolean keepWithheld = keepsWithheldLines(user.role());
        List<ContactQueueLine> lines = new ArrayList<>();
        for (Contact contact : undecided) {
            Sight sight = sights.of(contact.childIds());
            if (sight == Sight.OPEN) {
                lines.add(contact);
            } else if (sight == Sight.SEALED && keepWithheld) {
                lines.add(WithheldContact.of(contact, clock.getZone()));
            }
        }
        return lines;
    }

    /**
     * The queue as {@link #queue} gives it, with contacts about the same child or family together
     * (siblings and a household through the family network): only lines shown in full are grouped.
     */
    public List<QueueGroup> groupedQueue(CurrentUser user, int limit) {
        List<ContactQueueLine> lines = queue(user, limit);
        List<Long> shown = lines.stream().filter(Contact.class::isInstance).flatMap(l -> ((Contact) l).childIds().stream())
                .distinct().toList();
        return QueueGroup.of(lines, shown.isEmpty() ? List.of() : contacts.familyLinks(shown));
    }

    /** The roles whose work the duty queue is: they record, check and decide on contacts. */
    static boolean keepsWithheldLines(Role role) {
        return canCheck(role);
    }

    public List<Contact> forChild(long personId) {
        return contacts.forChild(personId);
    }

    /**
     * The handover notes of these contacts (contact id to note), for the allocation page: the
     * manager who allocates, and so the worker who receives the child, read what the team that
     * took the contact handed over. The caller lists only referrals the user may see.
     */
    public java.util.Map<Long, String> handoverNotes(java.util.Collection<Long> contactIds) {
        return contacts.handoverNotes(contactIds);
    }

    /**
     * The handover note as the chronology shows it with the contact: whenever one was written (a
     * note typed without ticking "out of hours" is still for the day team, and was otherwise kept
     * where nobody would read it).
     */
    private static String handover(ContactInput in) {
        if (ContactRules.blank(in.handoverNote())) {
            return "";
        }
        return (in.outOfHours() ? "\n\nOut-of-hours handover: " : "\n\nHandover note: ") + in.handoverNote().trim();
    }

    /** The concern in words and the child's own words belong in the chronology with what was reported. */
    private static String gatheredWords(GatheredDetails g) {
        return (ContactRules.blank(g.concernDetails()) ? "" : "\n\nThe concern: " + g.concernDetails().trim())
                + (ContactRules.blank(g.childWords()) ? "" : "\n\nWhat the child said: " + g.childWords().trim());
    }

    private static String concern(GatheredDetails gathered) {
        return gathered.presentingConcern() == null ? "" : " about " + gathered.presentingConcern().label().toLowerCase();
    }

    private static ConflictException changedMeanwhile(long contactId) {
        return new ConflictException("Contact " + contactId + " was changed by someone else while you were working on it. "
                + "Nothing you entered has been saved yet: check the latest version below and submit again.");
    }
}
