package org.opencsc.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanContent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording visits and reading them back. A visit to a sibling group is recorded once: one visit
 * lists each child it was for, and each child's chronology gets its own event saying whether
 * that child was seen, seen alone, and what they said.
 */
@Service
public class Visits {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT_TEXT = 200;

    private final VisitRepository visits;
    private final VisitFrequency frequency;
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final FamilyNetwork family;
    private final ChildPlans plans;
    private final EventLog events;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final Clock clock;

    Visits(VisitRepository visits, VisitFrequency frequency, PersonRepository people, RelationshipRepository relationships,
           FamilyNetwork family, ChildPlans plans, EventLog events, AccessPolicy access, Redaction redaction, Clock clock) {
        this.family = family;
        this.redaction = redaction;
        this.plans = plans;
        this.visits = visits;
        this.frequency = frequency;
        this.people = people;
        this.relationships = relationships;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The field a problem with one child's part of the visit is reported against (the page uses the same names). */
    public static String childField(long personId, String part) {
        return "child-" + personId + "-" + part;
    }

    @Transactional
    public long record(VisitInput in, CurrentUser user, AccessLog.Channel channel) {
        Problems problems = new Problems();
        Map<Long, Person> named = check(in, user, channel, problems);
        problems.throwIfAny();
        List<VisitInput.Child> children = in.children();

        String visitor = blank(in.visitor()) ? user.displayName() : in.visitor().trim();
        Map<Long, List<Visit.OutcomeLink>> outcomes = new java.util.HashMap<>();
        children.forEach(c -> outcomes.put(c.personId(), outcomeLinks(c)));
        long id = visits.insert(in, visitor, user.displayName(), outcomes);
        Instant at = in.visitedTime() == null ? LondonTime.placeDate(in.visitedOn(), clock)
                : LondonTime.at(in.visitedOn(), in.visitedTime()).orElseThrow();
        String visitedFor = named.values().stream().map(Person::fullName).collect(Collectors.joining(", "));
        for (VisitInput.Child c : children) {
            Person child = named.get(c.personId());
            String words = blank(c.childWords()) ? null : "What " + child.fullName() + " said: " + c.childWords().trim();
            List<Visit.OutcomeLink> towards = outcomes.get(c.personId());
            String detail = joinParagraphs(words, towards.isEmpty() ? null : "Worked towards the plan’s outcomes: "
                            + towards.stream().map(Visit.OutcomeLink::text).collect(Collectors.joining("; ")),
                    blank(in.observations()) ? null : "Observations and analysis: " + in.observations().trim(),
                    named.size() > 1 ? "One visit for " + visitedFor + "." : null);
            // The summary is this child's own; the detail carries the visit's observations and the other children's
            // names, so it is also about them: a reader who may not open one of them is not shown it.
            List<Long> others = named.keySet().stream().filter(other -> other != child.id()).toList();
            events.append(NewEvent.of(EventType.CHILD_VISIT, at, user.displayName(),
                    in.visitType().label() + " by " + visitor + " (" + in.visitorRole().label() + "), "
                            + where(in) + ": " + seenLabel(c).toLowerCase(),
                    detail, List.of(child.id())).alsoAbout(others));
        }
        return id;
    }

    /**
     * Adds what is wrong with the visit to {@code problems}, so a page can show it with what it
     * found itself; refuses (403) a child the user may not record on. Returns the children named.
     */
    public Map<Long, Person> check(VisitInput in, CurrentUser user, AccessLog.Channel channel, Problems problems) {
        List<VisitInput.Child> children = in.children() == null ? List.of() : in.children();
        if (children.isEmpty()) {
            problems.add("children", "Choose at least one child the visit was for");
        }
        Map<Long, Person> named = new java.util.LinkedHashMap<>();
        for (VisitInput.Child c : children) {
            if (c == null || c.personId() == null) {
                problems.add("children", "Give each child's personId");
                continue;
            }
            Person child = people.find(c.personId()).orElse(null);
            if (child == null) {
                problems.add("children", "There is no person " + c.personId());
                continue;
            }
            // Every child's record is written to, so the user must be able to record on each one.
            access.checkCanRecord(user, child.id(), channel, "/visits");
            if (named.put(child.id(), child) != null) {
                problems.add("children", child.fullName() + " is listed twice");
            }
            checkChild(c, child, problems);
            checkBorn(in.visitedOn(), child, problems);
            checkOutcomes(c, child, problems);
        }
        checkSiblingGroup(named, problems);
        checkVisit(in, problems);
        return named;
    }

    private static void checkChild(VisitInput.Child c, Person child, Problems problems) {
        if (!child.child()) {
            problems.add("children", child.fullName() + " is not a child: visits are recorded for children");
        }
        if (c.seen() == null) {
            problems.add(childField(child.id(), "seen"), "Say whether " + child.fullName() + " was seen");
        } else if (!c.seen() && Boolean.TRUE.equals(c.seenAlone())) {
            problems.add(childField(child.id(), "seenAlone"),
                    child.fullName() + " was not seen, so cannot have been seen alone");
        } else if (c.seen() && c.seenAlone() == null) {
            problems.add(childField(child.id(), "seenAlone"), "Say whether " + child.fullName() + " was seen alone");
        }
        if (c.childWords() != null && c.childWords().length() > MAX_TEXT) {
            problems.add(childField(child.id(), "childWords"), "What " + child.fullName() + " said must be "
                    + MAX_TEXT + " characters or fewer");
        }
    }

    /**
     * A child is not visited before they were born. An unborn child's record (an expected date of
     * birth, no date of birth yet) takes pre-birth visits, so only a known date of birth bounds it.
     */
    private static void checkBorn(LocalDate visitedOn, Person child, Problems problems) {
        if (visitedOn != null && child.dateOfBirth() != null && visitedOn.isBefore(child.dateOfBirth())) {
            problems.add("visitedOn", "The visit cannot be before " + child.fullName() + " was born on "
                    + Dates.govuk(child.dateOfBirth()));
        }
    }

    /** The outcomes ticked must be outcomes of the child's current plan (not a sibling's, not a made-up id). */
    private void checkOutcomes(VisitInput.Child c, Person child, Problems problems) {
        if (c.outcomeIds().isEmpty()) {
            return;
        }
        Set<String> planned = plans.currentOutcomes(child.id()).stream().map(PlanContent.Outcome::id)
                .collect(Collectors.toSet());
        for (String id : c.outcomeIds()) {
            if (!planned.contains(id)) {
                problems.add(childField(child.id(), "outcomes"), "‘" + id + "’ is not an outcome of " + child.fullName()
                        + "’s current plan: choose from the outcomes shown");
            }
        }
    }

    /** The ticked outcomes with their text as the plan reads today, in the plan's order. */
    private List<Visit.OutcomeLink> outcomeLinks(VisitInput.Child c) {
        if (c.outcomeIds().isEmpty()) {
            return List.of();
        }
        return plans.currentOutcomes(c.personId()).stream().filter(o -> c.outcomeIds().contains(o.id()))
                .map(o -> new Visit.OutcomeLink(o.id(), o.text())).toList();
    }

    /** The outcomes of the child's current plan a visit can work towards (empty without a plan); the caller checked access. */
    public List<PlanContent.Outcome> planOutcomes(long personId) {
        return plans.currentOutcomes(personId);
    }

    /** One visit is for one family: every other child must be a sibling of the first. */
    private void checkSiblingGroup(Map<Long, Person> named, Problems problems) {
        if (named.size() < 2) {
            return;
        }
        Person first = named.values().iterator().next();
        Set<Long> siblings = new HashSet<>();
        relationships.networkOf(first.id()).stream().filter(FamilyMember::sibling).forEach(f -> siblings.add(f.personId()));
        for (Person other : named.values()) {
            if (other.id() != first.id() && !siblings.contains(other.id())) {
                problems.add("children", other.fullName() + " is not linked as a sibling of " + first.fullName()
                        + ": record a separate visit, or link them as siblings first");
            }
        }
    }

    /** A visit without a time is checked by its London date alone; with one, the moment must have passed. */
    private void checkVisit(VisitInput in, Problems problems) {
        LocalDate today = LondonTime.today(clock);
        if (in.visitedOn() == null) {
            problems.add("visitedOn", "Enter the date of the visit");
        } else if (in.visitedOn().isAfter(today)) {
            problems.add("visitedOn", "A visit is recorded after it happens: the date cannot be in the future");
        } else if (in.visitedTime() != null) {
            Instant at = LondonTime.at(in.visitedOn(), in.visitedTime(), "visitedTime", problems);
            if (at != null && at.isAfter(clock.instant())) {
                problems.add("visitedTime", "A visit is recorded after it happens: the time cannot be later than now");
            }
        }
        if (in.visitor() != null && in.visitor().length() > MAX_SHORT_TEXT) {
            problems.add("visitor", "Who visited must be " + MAX_SHORT_TEXT + " characters or fewer");
        }
        if (in.visitorRole() == null) {
            problems.add("visitorRole", "Select the visitor's role or service");
        }
        if (in.visitType() == null) {
            problems.add("visitType", "Select the type of visit");
        }
        if (in.place() == null) {
            problems.add("place", "Select where the visit took place");
        } else if (in.place() == VisitPlace.OTHER && blank(in.placeOther())) {
            problems.add("placeOther", "Enter where the visit took place");
        } else if (in.placeOther() != null && in.placeOther().length() > MAX_SHORT_TEXT) {
            problems.add("placeOther", "Where the visit took place must be " + MAX_SHORT_TEXT + " characters or fewer");
        }
        if (in.observations() != null && in.observations().length() > MAX_TEXT) {
            problems.add("observations", "Observations and analysis must be " + MAX_TEXT + " characters or fewer");
        }
    }

    /** A visit, if the user may see every child it was for (each view is logged). */
    public Visit open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("There is no visit " + id));
        access.checkAndLogViews(user, visit.children().stream().map(Visit.ChildSeen::personId).toList(), channel, path);
        return visit;
    }

    /**
     * The child's visits, newest first, with how often they must be seen and when next. Each
     * visit shows only this child's part: a sibling's words are read on the visit itself. The
     * observations are about every child visited, so they are left out where the user may not
     * open one of the others (a restricted sibling).
     */
    public ChildVisits forChild(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        if (people.find(personId).isEmpty()) {
            throw new NotFoundException("There is no person " + personId);
        }
        access.checkAndLogView(user, personId, channel, path);
        List<Visit> all = visits.forChild(personId);
        Redaction.Sights sights = redaction.of(user, all.stream().flatMap(v -> v.children().stream())
                .map(Visit.ChildSeen::personId).filter(id -> id != personId).toList());
        List<Visit> own = new ArrayList<>();
        for (Visit v : all) {
            boolean othersOpen = v.children().stream().allMatch(c -> c.personId() == personId || sights.open(c.personId()));
            own.add(new Visit(v.id(), v.visitedOn(), v.visitedTime(), v.visitor(), v.visitorRole(), v.visitType(), v.place(),
                    v.placeOther(), othersOpen ? v.observations() : null, v.recordedBy(), v.recordedAt(),
                    v.children().stream().filter(c -> c.personId() == personId).toList()));
        }
        return new ChildVisits(summaryOf(personId), own);
    }

    /** The summary on the child's record page; the caller has already checked access. */
    public VisitSummary summaryOf(long personId) {
        VisitRepository.SeenBasis basis = visits.seenBasis(List.of(personId), false).getFirst();
        Optional<VisitRequirement> requirement = frequency.requirement(basis);
        return new VisitSummary(personId, basis.lastSeenOn(), basis.lastSeenAlone(), requirement.orElse(null),
                requirement.map(r -> r.overdueOn(LocalDate.now(clock))).orElse(false));
    }

    /** Requirements for the children on a plan or in an episode, for the due-work lists. */
    List<VisitRequirement> requirementsFor(java.util.Collection<Long> personIds) {
        return visits.seenBasis(personIds, true).stream().map(frequency::requirement).flatMap(Optional::stream).toList();
    }

    /**
     * The child's siblings (children only) that the user may open: the others one visit can be
     * recorded for. A sibling they may not open is not offered (the visit could not be recorded for them).
     */
    public List<FamilyMember> siblingsOf(long personId, CurrentUser user) {
        return family.shownTo(personId, user).stream().filter(f -> f.sibling() && f.child() && !f.withheld())
                .collect(Collectors.toMap(FamilyMember::personId, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static String seenLabel(VisitInput.Child c) {
        return !c.seen() ? "Not seen" : Boolean.TRUE.equals(c.seenAlone()) ? "Seen alone" : "Seen, not alone";
    }

    private static String where(VisitInput in) {
        return in.place() == VisitPlace.OTHER ? "at " + in.placeOther().trim()
                : in.place() == VisitPlace.HOME ? "at home" : "at school";
    }

    private static String joinParagraphs(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null).collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
