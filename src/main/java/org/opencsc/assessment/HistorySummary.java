package org.opencsc.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Component;

/**
 * The starting text of the "history and wider family" section: each child's previous referrals
 * and what came of them, their plans and categories, the key events of their chronology, the
 * agencies involved, their siblings' involvement and the family network. Inspections find that
 * assessments miss history (Ofsted, Liverpool 2021); writing it in for the worker to check and
 * add to means it is never left out because nobody went looking.
 * <p>
 * The text is kept on the assessment, read by anyone who may open the child, so it names only
 * family members and includes only entries about people the starting worker may open whose
 * records are not restricted: a restricted sibling's details would otherwise reach everyone who
 * reads it. Such a sibling is left out of the siblings' involvement altogether.
 */
@Component
class HistorySummary {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_EVENTS = 200;

    /** The steps of past involvement; case notes and record edits are left out as noise. */
    static final Set<EventType> INVOLVEMENT = Set.of(EventType.CONTACT_RECEIVED, EventType.CONTACT_DECISION,
            EventType.REFERRAL, EventType.ALLOCATED, EventType.STRATEGY_DISCUSSION, EventType.S47_ENQUIRY,
            EventType.CP_CONFERENCE, EventType.CP_PLAN, EventType.CASE_CLOSED, EventType.ASSESSMENT_AUTHORISED,
            EventType.AGENCY_CHECK, EventType.PLAN_FINALISED, EventType.LEVEL_CHANGED);

    /** Plans, their categories and the level of need, listed on their own so the worker sees them at a glance. */
    private static final Set<EventType> PLANS = Set.of(EventType.CP_PLAN, EventType.PLAN_FINALISED, EventType.LEVEL_CHANGED);

    /** What a sibling's involvement is told by: their referrals, plans and closures. */
    private static final Set<EventType> SIBLING_INVOLVEMENT = Set.of(EventType.REFERRAL, EventType.CP_PLAN,
            EventType.CASE_CLOSED, EventType.ASSESSMENT_AUTHORISED);

    private final EventLog events;
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final ReferralService referrals;
    private final AssessmentRepository assessments;
    private final Redaction redaction;

    HistorySummary(EventLog events, PersonRepository people, RelationshipRepository relationships, ReferralService referrals,
                   AssessmentRepository assessments, Redaction redaction) {
        this.events = events;
        this.people = people;
        this.relationships = relationships;
        this.referrals = referrals;
        this.assessments = assessments;
        this.redaction = redaction;
    }

    String of(long personId, CurrentUser startedBy) {
        return of(List.of(personId), startedBy);
    }

    /**
     * The history of a child, or of a sibling group assessed together (the first is the child the
     * assessment was started from): each child's own involvement, then the siblings outside the
     * group, the agencies and the family network.
     */
    String of(List<Long> group, CurrentUser startedBy) {
        Map<Long, List<Long>> own = new HashMap<>();
        group.forEach(id -> own.put(id, people.idsIncludingMerged(id)));
        Set<Long> ownIds = new HashSet<>();
        own.values().forEach(ownIds::addAll);
        Map<Long, List<ChronologyEntry>> chronologies = new HashMap<>();
        group.forEach(id -> chronologies.put(id, events.chronology(own.get(id),
                new ChronologyFilter(INVOLVEMENT, Set.of(), null, null, null, MAX_EVENTS, 0))));
        List<FamilyMember> family = new ArrayList<>();
        Set<Long> familyIds = new HashSet<>();
        for (long id : group) {
            relationships.networkOf(id).stream().filter(m -> !ownIds.contains(m.personId()) && familyIds.add(m.personId()))
                    .forEach(family::add);
        }
        Set<Long> others = new HashSet<>(familyIds);
        chronologies.values().forEach(list -> list.forEach(e -> e.aboutIds().stream()
                .filter(id -> !ownIds.contains(id)).forEach(others::add)));
        Redaction.Sights sights = redaction.of(startedBy, others);
        Set<Long> restricted = people.restrictedAmong(others);
        Predicate<Long> nameable = id -> ownIds.contains(id) || (sights.open(id) && !restricted.contains(id));

        StringBuilder text = new StringBuilder();
        Set<String> agencies = new LinkedHashSet<>();
        for (long child : group) {
            List<ChronologyEntry> history = chronologies.get(child).stream()
                    .filter(e -> e.aboutIds().stream().allMatch(nameable))
                    .sorted(Comparator.comparing(ChronologyEntry::occurredAt).thenComparing(ChronologyEntry::eventId)).toList();
            String name = group.size() > 1 ? people.find(child).map(Person::fullName).orElse("This child") + ": " : "";
            List<Referral> childReferrals = own.get(child).stream().flatMap(id -> referrals.forChild(id).stream())
                    .sorted(Comparator.comparing(Referral::referralDate).thenComparing(Referral::id)).toList();
            writeReferrals(text, name, childReferrals, outcomes(own.get(child)));
            writeEntries(text, name + "Plans, categories and level of need", "- None recorded.\n",
                    history.stream().filter(e -> PLANS.contains(e.type())).toList());
            writeEntries(text, name + "Key events (from the chronology, oldest first)", "- None recorded before this referral.\n",
                    history);
            history.forEach(e -> agencyOf(e).ifPresent(a -> agencies.add(a + " (" + Dates.govuk(day(e)) + ")")));
            // A referral's source is named by its contact already, unless that entry is not shown.
            childReferrals.stream().filter(r -> agencies.stream().noneMatch(a -> a.startsWith(r.source().label())))
                    .forEach(r -> agencies.add(r.source().label() + ", referral " + r.id() + " (" + Dates.govuk(r.referralDate()) + ")"));
        }
        text.append("Agencies involved:\n");
        if (agencies.isEmpty()) {
            text.append("- None recorded yet.\n");
        }
        agencies.forEach(a -> text.append("- ").append(a).append('\n'));
        writeSiblings(text, family, nameable);
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

    /** Each referral with its source and need, whether it is open or how it closed, and its assessment's outcome. */
    private static void writeReferrals(StringBuilder text, String name, List<Referral> list, Map<Long, SingleAssessment> outcomes) {
        text.append(name).append("Referrals and their outcomes:\n");
        if (list.isEmpty()) {
            text.append("- None recorded.\n");
        }
        for (Referral r : list) {
            text.append("- Referral ").append(r.id()).append(", ").append(Dates.govuk(r.referralDate())).append(" (")
                    .append(r.source().label()).append("; ")
                    .append(r.primaryNeed() == null ? "no primary need recorded"
                            : "primary need " + r.primaryNeed().code() + ' ' + r.primaryNeed().label().toLowerCase()).append(r.reReferral() ? "; a re-referral" : "").append("): ");
            SingleAssessment a = outcomes.get(r.id());
            if (a != null && a.authorised() && a.outcome() != null) {
                text.append("assessment authorised ").append(Dates.govuk(a.authorisedOn())).append(", ")
                        .append(a.outcome().label().toLowerCase()).append("; ");
            }
            text.append(r.closedOn() == null ? "still open"
                    : "closed " + Dates.govuk(r.closedOn()) + (r.closureReason() == null ? "" : " (" + r.closureReason() + ")"));
            text.append('\n');
        }
        text.append('\n');
    }

    private static void writeEntries(StringBuilder text, String heading, String none, List<ChronologyEntry> entries) {
        text.append(heading).append(":\n");
        if (entries.isEmpty()) {
            text.append(none);
        }
        for (ChronologyEntry e : entries) {
            text.append("- ").append(Dates.govuk(day(e))).append(", ").append(e.typeLabel().toLowerCase()).append(": ")
                    .append(e.summary()).append('\n');
        }
        text.append('\n');
    }

    /** Siblings outside the group the worker may name: their referrals and plans, which tell of the family as a whole. */
    private void writeSiblings(StringBuilder text, List<FamilyMember> family, Predicate<Long> nameable) {
        List<FamilyMember> siblings = family.stream().filter(m -> m.sibling() && nameable.test(m.personId())).toList();
        if (siblings.isEmpty()) {
            return;
        }
        text.append("\nSiblings' involvement:\n");
        for (FamilyMember s : siblings) {
            List<ChronologyEntry> entries = events.chronology(people.idsIncludingMerged(s.personId()),
                            new ChronologyFilter(SIBLING_INVOLVEMENT, Set.of(), null, null, null, MAX_EVENTS, 0)).stream()
                    .filter(e -> e.aboutIds().stream().allMatch(id -> id.equals(s.personId()) || nameable.test(id)))
                    .sorted(Comparator.comparing(ChronologyEntry::occurredAt).thenComparing(ChronologyEntry::eventId)).toList();
            text.append("- ").append(s.name()).append(" (").append(s.relationshipLabel().toLowerCase()).append("): ");
            if (entries.isEmpty()) {
                text.append("no involvement recorded\n");
                continue;
            }
            text.append('\n');
            entries.forEach(e -> text.append("  - ").append(Dates.govuk(day(e))).append(", ").append(e.summary()).append('\n'));
        }
    }

    private Map<Long, SingleAssessment> outcomes(List<Long> ids) {
        Map<Long, SingleAssessment> byReferral = new HashMap<>();
        ids.forEach(id -> assessments.forChild(id).forEach(a -> byReferral.put(a.referralId(), a)));
        return byReferral;
    }

    /** The agency a contact came from or a check was made with, as its chronology entry names it. */
    private static java.util.Optional<String> agencyOf(ChronologyEntry e) {
        String s = e.summary();
        if (s == null) {
            return java.util.Optional.empty();
        }
        if (e.type() == EventType.AGENCY_CHECK && s.contains(" check for contact")) {
            return java.util.Optional.of(s.substring(0, s.indexOf(" check for contact")) + " check");
        }
        if (e.type() == EventType.CONTACT_RECEIVED && s.startsWith("Contact from ") && s.contains(": decision due")) {
            return java.util.Optional.of(s.substring("Contact from ".length(), s.indexOf(": decision due")) + ", contact");
        }
        return java.util.Optional.empty();
    }

    private static LocalDate day(ChronologyEntry e) {
        return e.occurredAt().atZone(LONDON).toLocalDate();
    }
}
