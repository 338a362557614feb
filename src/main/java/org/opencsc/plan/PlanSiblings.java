package org.opencsc.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which siblings' plans can be started together with a child's, as their assessments can: a
 * sibling linked to the child, whom the worker may open and record on, with no plan of the same
 * kind yet. Only child in need plans are grouped: a child protection plan's content starts at the
 * conference that decided it, one child at a time. No restricted record is grouped: the family's
 * part is read on every child's plan, so it would carry what is written about a restricted child
 * to readers of the others'.
 */
@Component
class PlanSiblings {

    /** A sibling the start page offers to plan for together. */
    record Offer(long personId, String name, String relationship) {
    }

    static final String FIELD = "siblingIds";

    private final PlanRepository plans;
    private final RelationshipRepository relationships;
    private final FamilyNetwork family;
    private final PersonRepository people;
    private final AccessPolicy access;

    PlanSiblings(PlanRepository plans, RelationshipRepository relationships, FamilyNetwork family, PersonRepository people,
                 AccessPolicy access) {
        this.plans = plans;
        this.relationships = relationships;
        this.family = family;
        this.people = people;
        this.access = access;
    }

    /** The siblings the user can open with no child in need plan yet; none if the child is restricted. */
    List<Offer> offers(long personId, CurrentUser user) {
        if (!user.role().recordsOnCases()) {
            return List.of();
        }
        Map<Long, FamilyMember> siblings = new LinkedHashMap<>();
        family.shownTo(personId, user).stream().filter(m -> m.sibling() && m.child() && !m.withheld())
                .forEach(m -> siblings.putIfAbsent(m.personId(), m));
        Set<Long> restricted = people.restrictedAmong(concat(personId, siblings.keySet()));
        if (restricted.contains(personId)) {
            return List.of();
        }
        Map<Long, Boolean> open = access.visibility(user, siblings.keySet());
        return siblings.values().stream()
                .filter(m -> !restricted.contains(m.personId()) && Boolean.TRUE.equals(open.get(m.personId())))
                .filter(m -> !plans.hasPlan(m.personId(), PlanKind.CIN))
                .map(m -> new Offer(m.personId(), m.name(), m.relationshipLabel())).toList();
    }

    /**
     * Checks the siblings to start with {@code personId}'s plan of {@code kind} (each one the user
     * must be able to record on); what is wrong goes into {@code problems} against "siblingIds".
     * Returns them in id order.
     */
    List<Long> check(long personId, PlanKind kind, List<Long> siblingIds, CurrentUser user, AccessLog.Channel channel,
                     Problems problems) {
        if (siblingIds == null || siblingIds.isEmpty()) {
            return List.of();
        }
        if (kind == PlanKind.CP) {
            problems.add(FIELD, "Only child in need plans are started for siblings together: each child’s child protection "
                    + "plan starts at the conference that decided it");
            return List.of();
        }
        Set<Long> linked = relationships.networkOf(personId).stream().filter(FamilyMember::sibling)
                .map(FamilyMember::personId).collect(Collectors.toSet());
        List<Long> group = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(personId));
        for (Long id : siblingIds.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList()) {
            if (id == null) {
                problems.add(FIELD, "Give each sibling’s person id");
                continue;
            }
            if (!seen.add(id)) {
                problems.add(FIELD, "Person " + id + " is listed twice, or is the child: one plan each");
                continue;
            }
            if (!linked.contains(id)) {
                problems.add(FIELD, "Person " + id + " is not linked as a sibling of this child: plan for them separately, "
                        + "or link them as siblings first");
                continue;
            }
            access.checkCanRecord(user, id, channel, "/people/" + id + "/child-plans");
            if (plans.hasPlan(id, kind)) {
                problems.add(FIELD, people.find(id).map(p -> p.fullName()).orElse("Person " + id) + " already has a "
                        + kind.label().toLowerCase() + ": a plan already started is not grouped");
            }
            group.add(id);
        }
        if (!people.restrictedAmong(seen).isEmpty()) {
            problems.add(FIELD, "A restricted record is planned for on its own: the family’s part is read on each "
                    + "child’s plan");
        }
        return group;
    }

    private static List<Long> concat(long first, Collection<Long> rest) {
        List<Long> all = new ArrayList<>(List.of(first));
        rest.stream().filter(id -> id != first).forEach(all::add);
        return all;
    }
}
