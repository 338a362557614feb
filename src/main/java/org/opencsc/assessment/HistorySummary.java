package org.opencsc.assessment;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * The starting text of the "history and wider family" section: the child's involvement with
 * children's social care from the chronology, and the family network. Inspections find that
 * assessments miss history (Ofsted, Liverpool 2021); writing it in for the worker to check
 * and add to means it is never left out because nobody went looking.
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

    HistorySummary(EventLog events, PersonRepository people, RelationshipRepository relationships) {
        this.events = events;
        this.people = people;
        this.relationships = relationships;
    }

    String of(long personId) {
        StringBuilder text = new StringBuilder();
        List<ChronologyEntry> history = events.chronology(people.idsIncludingMerged(personId),
                        new ChronologyFilter(INVOLVEMENT, Set.of(), null, null, null, MAX_EVENTS, 0))
                .stream().sorted(Comparator.comparing(ChronologyEntry::occurredAt).thenComparing(ChronologyEntry::eventId)).toList();
        text.append("Involvement with children's social care (from the chronology, oldest first):\n");
        if (history.isEmpty()) {
            text.append("- None recorded before this referral.\n");
        }
        for (ChronologyEntry e : history) {
            text.append("- ").append(Dates.govuk(e.occurredAt().atZone(LONDON).toLocalDate())).append(", ")
                    .append(e.typeLabel().toLowerCase()).append(": ").append(e.summary()).append('\n');
        }
        List<FamilyMember> family = relationships.networkOf(personId);
        text.append("\nFamily network:\n");
        if (family.isEmpty()) {
            text.append("- No family members are linked to the record yet.\n");
        }
        for (FamilyMember m : family) {
            text.append("- ").append(m.name()).append(", ").append(m.relationshipLabel().toLowerCase())
                    .append(m.dateOfBirth() == null ? ", date of birth not recorded" : ", born " + Dates.govuk(m.dateOfBirth()))
                    .append(m.parentalResponsibility() ? ", has parental responsibility" : "").append('\n');
        }
        text.append("\nWhat this history tells us about the child's experience now:\n");
        return text.toString();
    }
}
