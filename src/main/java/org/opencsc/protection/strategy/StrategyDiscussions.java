package org.opencsc.protection.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.enquiry.S47EnquiryRepository;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy discussions: who took part (police, health and social care always; education too
 * for a child of school age), what was shared, the Section 47 decision and why, the actions
 * with owners and dates, and each party's sign-off of the record. A decision to start a
 * Section 47 enquiry sets the initial child protection conference due 15 working days later.
 */
@NamedInterface("strategy-discussions")
@Service
public class StrategyDiscussions {

    static final int ICPC_WORKING_DAYS = 15;
    public static final int MAX_TEXT = 20_000;

    private final StrategyDiscussionRepository discussions;
    private final S47EnquiryRepository enquiries;
    private final ReferralService referrals;
    private final PersonRepository people;
    private final WorkingDayCalendar calendar;
    private final EventLog events;
    private final AccessPolicy access;
    private final StepPermission permission;
    private final Clock clock;

    StrategyDiscussions(StrategyDiscussionRepository discussions, S47EnquiryRepository enquiries, ReferralService referrals, PersonRepository people,
                        WorkingDayCalendar calendar, EventLog events, AccessPolicy access, StepPermission permission,
                        Clock clock) {
        this.permission = permission;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.referrals = referrals;
        this.people = people;
        this.calendar = calendar;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Social workers and managers hold strategy discussions; the front door's contact officers do not. */
    public static boolean canRecord(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.DUTY_SOCIAL_WORKER || role == Role.TEAM_MANAGER
                || role == Role.DUTY_MANAGER;
    }

    static final String REFUSAL = "Only a social worker or a manager can record a strategy discussion";

    /**
     * The referral, for recording a strategy discussion about its child: refused (403) unless the
     * user may record one on the child, the one rule for showing the form and for saving it.
     */
    public Referral referralForDiscussion(long referralId, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRecord(user.role()), REFUSAL, user, () -> referrals.find(referralId),
                Referral::personId, channel, path);
    }

    /** The discussion, for recording on it (sign-offs, corrections): refused (403) unless the user may. */
    StrategyDiscussion openForRecording(long id, String refusal, CurrentUser user, AccessLog.Channel channel, String path) {
        return permission.checkAndLogView(canRecord(user.role()), refusal, user, () -> find(id), StrategyDiscussion::personId,
                channel, path);
    }

    private StrategyDiscussion find(long id) {
        return discussions.find(id).orElseThrow(() -> new NotFoundException("There is no strategy discussion " + id));
    }

    /**
     * Why no strategy discussion can be held on this referral, or empty. A closed case takes no
     * new step (the census would count an enquiry in no episode): new concerns about the child
     * come to the front door as a contact, which opens a new referral.
     */
    public static Optional<String> closedCase(Referral referral) {
        return Optional.ofNullable(referral.closedOn()).map(on -> "This case closed on " + Dates.govuk(on)
                + " (" + referral.closureReason() + "), so a strategy discussion cannot be recorded on it. If there are new "
                + "concerns about the child, record a contact: a referral from it opens the case again.");
    }

    private Referral referralOf(StrategyDiscussionInput in) {
        if (in.referralId() == null) {
            throw new ValidationException("referralId", "Give the referral this strategy discussion is about");
        }
        return referrals.findLocked(in.referralId());
    }

    @Transactional
    public long record(StrategyDiscussionInput in, CurrentUser user, AccessLog.Channel channel) {
        Referral referral = permission.check(canRecord(user.role()), REFUSAL, user, () -> referralOf(in), Referral::personId,
                channel, "/strategy-discussions");
        closedCase(referral).ifPresent(why -> {
            throw new ConflictException(why);
        });
        Person child = people.find(referral.personId()).orElseThrow();
        Problems problems = new Problems();
        LocalDate held = in.heldAt() == null ? null : LondonTime.dateOf(in.heldAt());
        check(in, referral, child, held, problems);
        problems.throwIfAny();
        LocalDate icpcDue = in.decision() == S47Decision.START_S47 ? calendar.addWorkingDays(held, ICPC_WORKING_DAYS) : null;
        long id = discussions.insert(in, child.id(), icpcDue, user.displayName());
        if (icpcDue != null) {
            // The decision is the start of the enquiry: the CIN census's S47ActualStartDate is the discussion's date.
            enquiries.start(id, child.id(), held, icpcDue);
        }
        String who = in.attendees().stream().map(a -> a.name().trim() + " (" + a.agency().label() + ")")
                .collect(Collectors.joining(", "));
        events.append(NewEvent.of(EventType.STRATEGY_DISCUSSION, in.heldAt(), user.displayName(),
                "Strategy discussion: " + in.decision().label().toLowerCase()
                        + (icpcDue != null ? "; initial child protection conference due by " + Dates.govuk(icpcDue) : ""),
                "Attended by " + who + ".\n\nWhy: " + in.decisionReason().trim()
                        + (in.actions().isEmpty() ? "" : "\n\nActions: " + in.actions().stream()
                        .map(a -> a.action().trim() + " (" + a.owner().trim() + ", by " + Dates.govuk(a.dueOn()) + ")")
                        .collect(Collectors.joining("; "))),
                List.of(child.id())));
        return id;
    }

    private void check(StrategyDiscussionInput in, Referral referral, Person child, LocalDate held, Problems problems) {
        if (in.heldAt() == null) {
            problems.add("heldAt", "Enter when the strategy discussion was held");
        } else if (held.isAfter(LondonTime.today(clock))) {
            problems.add("heldAt", "A strategy discussion is recorded once it has been held: the date cannot be in the future");
        } else if (in.heldAt().isAfter(Instant.now(clock))) {
            problems.add("heldAt", "A strategy discussion is recorded once it has been held: the time cannot be later than now");
        } else if (held.isBefore(referral.referralDate())) {
            problems.add("heldAt", "The strategy discussion cannot be before the referral on " + Dates.govuk(referral.referralDate()));
        }
        if (blank(in.information())) {
            problems.add("information", "Enter the information each agency shared");
        } else if (in.information().length() > MAX_TEXT) {
            problems.add("information", "The information shared must be " + MAX_TEXT + " characters or fewer");
        }
        List<StrategyDiscussionInput.Attendee> attendees = in.attendees() == null ? List.of() : in.attendees();
        for (StrategyDiscussionInput.Attendee a : attendees) {
            if (a == null || blank(a.name()) || a.agency() == null) {
                problems.add("attendees", "Give each attendee's name and agency");
            }
        }
        Set<StrategyAgency> present = attendees.stream().filter(a -> a != null && a.agency() != null)
                .map(StrategyDiscussionInput.Attendee::agency)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StrategyAgency.class)));
        EnumSet<StrategyAgency> required = EnumSet.of(StrategyAgency.POLICE, StrategyAgency.HEALTH, StrategyAgency.SOCIAL_CARE);
        if (held != null && ofSchoolAge(child, held)) {
            required.add(StrategyAgency.EDUCATION);
        }
        required.removeAll(present);
        if (!required.isEmpty() && !problems.has("attendees")) {
            problems.add("attendees", "A strategy discussion needs " + required.stream().map(StrategyAgency::label)
                    .collect(Collectors.joining(", ")).toLowerCase() + " present (Working Together)");
        }
        for (StrategyDiscussionInput.Action a : in.actions() == null ? List.<StrategyDiscussionInput.Action>of() : in.actions()) {
            if (a == null || blank(a.action()) || blank(a.owner()) || a.dueOn() == null) {
                problems.add("actions", "Give each action what is to be done, who will do it and by when");
            } else if (held != null && a.dueOn().isBefore(held)) {
                problems.add("actions", "An action cannot be due before the discussion that agreed it");
            }
        }
        if (in.decision() == null) {
            problems.add("decision", "Record whether a Section 47 enquiry will start");
        }
        if (blank(in.decisionReason())) {
            problems.add("decisionReason", "Enter why: the decision and the reasons for it");
        } else if (in.decisionReason().length() > MAX_TEXT) {
            problems.add("decisionReason", "The reasons must be " + MAX_TEXT + " characters or fewer");
        }
    }

    /** Compulsory school age, approximately: from 5 until 16. */
    private static boolean ofSchoolAge(Person child, LocalDate on) {
        if (child.dateOfBirth() == null) {
            return false;
        }
        int age = Period.between(child.dateOfBirth(), on).getYears();
        return age >= 5 && age < 16;
    }

    public StrategyDiscussion open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        StrategyDiscussion d = find(id);
        access.checkAndLogView(user, d.personId(), channel, path);
        return d;
    }

    /** The child's discussions, newest first, for the record page (the caller has already checked access). */
    public List<StrategyDiscussion> forChild(long personId) {
        return discussions.forChild(personId);
    }

    /**
     * Records that one attendee has agreed the record of the discussion as it was read:
     * {@code version} is the version of the record's content, which a correction changes and a
     * sign-off does not, so the parties sign off one after another from the same page, but not
     * a record corrected since they read it.
     */
    @Transactional
    public void signOff(long id, long attendeeId, int version, CurrentUser user, AccessLog.Channel channel) {
        String path = "/strategy-discussions/" + id + "/sign-off";
        StrategyDiscussion d = openForRecording(id, "Only a social worker or a manager can record sign-off", user, channel, path);
        StrategyDiscussion.Attendee attendee = d.attendees().stream().filter(a -> a.id() == attendeeId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no attendee " + attendeeId + " on this discussion"));
        Instant now = Instant.now(clock);
        switch (discussions.signOff(id, attendeeId, version, user.displayName(), now)) {
            case SIGNED -> { }
            case ALREADY_SIGNED -> throw new ConflictException(attendee.name() + " has already signed off this record");
            case CHANGED -> throw new ConflictException("The strategy discussion was corrected since you read it: read it "
                    + "again before recording " + attendee.name() + "’s sign-off");
        }
        boolean all = discussions.find(id).orElseThrow().agreedByAll();
        events.append(NewEvent.of(EventType.STRATEGY_DISCUSSION, now, user.displayName(),
                "Strategy discussion record agreed by " + attendee.name() + " (" + attendee.agency().label() + ")"
                        + (all ? ": now agreed by every party" : ""), null, List.of(d.personId())));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
