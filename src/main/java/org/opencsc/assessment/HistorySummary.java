package org.opencsc.assessment;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Component;

/**
 * The starting text of the "history and wider family" section: the child's involvement with
 * children's social care from the chronology, and the family network. Inspections find that
 * assessments miss history (Ofsted, Liverpool 2021); writing it in for the worker to check
 * and add to means it is never left out because nobody went looking. The text is kept on the
 * assessment, read by anyone who may open the child, so it names only family members and
 * includes only entries about people the starting worker may open whose records are not
 * restricted: a restricted sibling's details would otherwise reach everyone who reads it.
 */
@Component
class HistorySummary {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_EVENTS = 200;

    /** The steps of past involvement; case notes and record edits are left out as noise. */
    static final Set<EventType> INVOLVEMENT = Set.of(EventType.CONTACT_RECEIVED, EventType.CONTACT_DECISION,
            EventType.REFERRAL, EventType.ALLOCATED, EventType.STRATEGY_DISCUSSION, EventType.S47_ENQUIRY,
            EventType.CP_CONFERENCE, EventType.CP_PLAN, EventType.CASE_CLOSED, EventType.ASSESSMENT_AUTHORISED);

    private final EventLog events;
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final Redaction redaction;

    HistorySummary(EventLog events, PersonRepository people, RelationshipRepository relationships, Redaction redaction) {
        this.events = events;
        this.people = people;
        this.relationships = relationships;
        this.redaction = redaction;
    }

    String of(long personId, CurrentUser startedBy) {
        StringBuilder text = new StringBuilder();
        List<Long> own = people.idsIncludingMerged(personId);
        List<ChronologyEntry> all = events.chronology(own, new ChronologyFilter(INVOLVEMENT, Set.of(), null, null, null, MAX_EVENTS, 0));
        List<FamilyMember> family = relationships.networkOf(personId);
        Set<Long> others = new HashSet<>();
        all.forEach(e -> e.aboutIds().stream().filter(id -> !own.contains(id)).forEach(others::add));
        family.forEach(m -> others.add(m.personId()));
        Redaction.Sights sights = redaction.of(startedBy, others);
        Set<Long> restricted = people.restrictedAmong(others);
        Predicate<Long> nameable = id -> own.contains(id) || (sights.open(id) && !restricted.contains(id));
        List<ChronologyEntry> history = all.stream().filter(e -> e.aboutIds().stream().allMatch(nameable))
                .sorted(Comparator.comparing(ChronologyEntry::occurredAt).thenComparing(ChronologyEntry::eventId)).toList();
        text.append("Involvement with children's social care (from the chronology, oldest first):\n");
        if (history.isEmpty()) {
            text.append("- None recorded before this referral.\n");
        }
        for (ChronologyEntry e : history) {
            text.append("- ").append(Dates.govuk(e.occurredAt().atZone(LONDON).toLocalDate())).append(", ")
                    .append(e.typeLabel().toLowerCase()).append(": ").append(e.summary()).append('\n');
        }
        text.append("\nFamily network:\n");
        if (family.isEmpty()) {
            text.append("- No family members are linked to the record yet.\n");
        }
        for (FamilyMember m : family) {
            if (!nameable.test(m.personId())) {
                text.append("- A family member whose record is not shown here, ").append(m.relationshipLabel().toLowerCase())
                        .append('\n');
                continue;
            }
            text.append("- ").append(m.name()).append(", ").append(m.relationshipLabel().toLowerCase())
                    .append(m.dateOfBirth() == null ? ", date of birth not recorded" : ", born " + Dates.govuk(m.dateOfBirth()))
                    .append(m.parentalResponsibility() ? ", has parental responsibility" : "").append('\n');
        }
        text.append("\nWhat this history tells us about the child's experience now:\n");
        return text.toString();
    }
}
