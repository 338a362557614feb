package org.opencsc.childrecord;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.FieldAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes: one event on the child's chronology, and on each sibling's it is recorded for,
 * so a visit to a sibling group is written once and read on every child's record.
 */
@Service
public class CaseNotes {

    static final int MAX_SUMMARY = 200;
    static final int MAX_TEXT = 20_000;

    private final EventLog events;
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseNotes(EventLog events, PersonRepository people, RelationshipRepository relationships, AccessPolicy access,
              AccessLog accessLog, Clock clock) {
        this.events = events;
        this.people = people;
        this.relationships = relationships;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The types this role may record: the page offers these, and {@link #add} refuses any other. */
    public static List<CaseNoteType> typesFor(Role role) {
        return Arrays.stream(CaseNoteType.values()).filter(t -> !t.managersOnly() || role.isManager()).toList();
    }

    /**
     * A practitioner's note typed as management oversight would read on the record as a
     * manager's: refused (403, logged with the child) as the oversight page itself is.
     */
    private void checkTypeFor(CurrentUser user, CaseNoteInput in, long childId, AccessLog.Channel channel) {
        if (in.type() != null && !typesFor(user.role()).contains(in.type())) {
            accessLog.record(user.username(), childId, AccessLog.Action.DENIED, channel, "/people/" + childId + "/case-notes");
            throw new FieldAccessDeniedException("noteType", "A case note typed ‘" + in.type().label()
                    + "’ is recorded by a team or duty manager: choose another type");
        }
    }

    public static void check(CaseNoteInput in, Instant now, Problems problems) {
        if (in.type() == null) {
            problems.add("noteType", "Select the type of case note");
        }
        if (in.occurredAt() == null) {
            // A date or time already refused as typed (31 February, a time the clocks skipped) is said once, not as missing.
            if (!problems.has("occurred") && !problems.has("occurredTime")) {
                problems.add("occurred", "Enter the date it happened");
            }
        } else if (LondonTime.dateOf(in.occurredAt()).isAfter(LondonTime.dateOf(now))) {
            problems.add("occurred", "The date it happened must be today or in the past");
        } else if (in.occurredAt().isAfter(now)) {
            problems.add("occurred", "The time it happened must be now or earlier");
        }
        if (in.summary() == null || in.summary().isBlank()) {
            problems.add("summary", "Enter a short summary");
        } else if (in.summary().length() > MAX_SUMMARY) {
            problems.add("summary", "Summary must be " + MAX_SUMMARY + " characters or fewer");
        }
        if (in.text() == null || in.text().isBlank()) {
            problems.add("text", "Enter the case note");
        } else if (in.text().length() > MAX_TEXT) {
            problems.add("text", "Case note must be " + MAX_TEXT + " characters or fewer");
        }
    }

    /**
     * Nothing happened to a child before they were born. A record with an expected date of birth
     * and no date of birth yet is an unborn child's, whose pre-birth work is recorded on it, so
     * only a known date of birth bounds the date; the note is refused for every child it is for.
     */
    private static void checkBorn(CaseNoteInput in, Person child, Problems problems) {
        if (in.occurredAt() != null && child.dateOfBirth() != null
                && LondonTime.dateOf(in.occurredAt()).isBefore(child.dateOfBirth())) {
            problems.add("occurred", "The date it happened cannot be before " + child.fullName() + " was born on "
                    + Dates.govuk(child.dateOfBirth()));
        }
    }

    @Transactional
    public long add(long childId, CaseNoteInput in, CurrentUser user, AccessLog.Channel channel) {
        Person child = people.find(childId).orElseThrow(() -> new NotFoundException("There is no record " + childId));
        access.checkCanRecord(user, childId, channel, "/people/" + childId + "/case-notes");
        checkTypeFor(user, in, childId, channel);
        Problems problems = new Problems();
        check(in, Instant.now(clock), problems);
        checkBorn(in, child, problems);
        Set<Long> siblings = relationships.networkOf(childId).stream()
                .filter(FamilyMember::sibling).map(FamilyMember::personId).collect(Collectors.toSet());
        List<Long> subjects = new ArrayList<>(List.of(childId));
        for (Long other : in.alsoFor() == null ? List.<Long>of() : in.alsoFor()) {
            if (!siblings.contains(other)) {
                problems.add("alsoFor", "A case note can be shared only with the child's siblings");
            } else if (!subjects.contains(other)) {
                access.checkCanRecord(user, other, channel, "/people/" + other + "/case-notes");
                subjects.add(other);
                people.find(other).ifPresent(sibling -> checkBorn(in, sibling, problems));
            }
        }
        problems.throwIfAny();
        return events.append(new NewEvent(EventType.CASE_NOTE, in.type(), in.occurredAt(), user.displayName(),
                in.summary().trim(), in.text().trim(), subjects));
    }
}
