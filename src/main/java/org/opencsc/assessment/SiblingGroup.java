package org.opencsc.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RelationshipRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which siblings can be assessed together with a referred child, as visits and case notes are
 * recorded once for a sibling group: a sibling linked to the child, with an open referral that
 * has no assessment yet, whom the worker may record on. No restricted record is grouped: the
 * family sections are read on every child's assessment, so they would carry what is written
 * about a restricted child to readers of the others'.
 */
@Component
class SiblingGroup {

    /** A sibling the start page offers to assess together, by their open referral. */
    record Offer(long referralId, long personId, String name, String relationship, LocalDate referralDate) {
    }

    private final ReferralService referrals;
    private final AssessmentRepository assessments;
    private final RelationshipRepository relationships;
    private final FamilyNetwork family;
    private final PersonRepository people;
    private final AccessPolicy access;

    SiblingGroup(ReferralService referrals, AssessmentRepository assessments, RelationshipRepository relationships,
                 FamilyNetwork family, PersonRepository people, AccessPolicy access) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.relationships = relationships;
        this.family = family;
        this.people = people;
        this.access = access;
    }

    /** The siblings the user can open whose open referrals have no assessment yet; none if the child is restricted. */
    List<Offer> offers(Referral referral, CurrentUser user) {
        Map<Long, FamilyMember> siblings = new LinkedHashMap<>();
        family.shownTo(referral.personId(), user).stream().filter(m -> m.sibling() && m.child() && !m.withheld())
                .forEach(m -> siblings.putIfAbsent(m.personId(), m));
        Set<Long> restricted = people.restrictedAmong(concat(referral.personId(), siblings.keySet()));
        if (restricted.contains(referral.personId())) {
            return List.of();
        }
        List<Offer> offers = new ArrayList<>();
        for (FamilyMember m : siblings.values()) {
            if (restricted.contains(m.personId())) {
                continue;
            }
            referrals.forChild(m.personId()).stream()
                    .filter(r -> r.closedOn() == null && !assessments.existsForReferral(r.id()))
                    .max(Comparator.comparing(Referral::referralDate))
                    .ifPresent(r -> offers.add(new Offer(r.id(), m.personId(), m.name(), m.relationshipLabel(), r.referralDate())));
        }
        return offers;
    }

    /**
     * Reads and checks the siblings' referrals to start with {@code referral}'s (locked, each the
     * user must be able to record on); what is wrong goes into {@code problems} against
     * {@code siblingReferralIds} (or {@code startedOn} for a start before a sibling's referral).
     */
    List<Referral> check(Referral referral, LocalDate startedOn, List<Long> siblingReferralIds, CurrentUser user,
                         AccessLog.Channel channel, Problems problems) {
        if (siblingReferralIds.isEmpty()) {
            return List.of();
        }
        Set<Long> siblings = relationships.networkOf(referral.personId()).stream().filter(FamilyMember::sibling)
                .map(FamilyMember::personId).collect(Collectors.toSet());
        List<Referral> group = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(referral.personId()));
        // Locked in id order, so two workers starting overlapping groups cannot wait on each other.
        for (Long id : siblingReferralIds.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList()) {
            if (id == null) {
                problems.add("siblingReferralIds", "Give each sibling's referral id");
                continue;
            }
            Referral r;
            try {
                r = referrals.findLocked(id);
            } catch (NotFoundException e) {
                problems.add("siblingReferralIds", "There is no referral " + id);
                continue;
            }
            access.checkCanRecord(user, r.personId(), channel, "/assessments");
            if (!seen.add(r.personId())) {
                problems.add("siblingReferralIds", r.childName() + " is listed twice: one assessment each");
            } else if (!siblings.contains(r.personId())) {
                problems.add("siblingReferralIds", r.childName() + " is not linked as a sibling of " + referral.childName()
                        + ": assess them separately, or link them as siblings first");
            } else if (r.closedOn() != null) {
                problems.add("siblingReferralIds", r.childName() + "’s referral " + id + " was closed on "
                        + Dates.govuk(r.closedOn()) + ": an assessment starts from an open referral");
            } else if (assessments.existsForReferral(id)) {
                problems.add("siblingReferralIds", r.childName() + "’s referral " + id + " already has a single assessment");
            } else if (startedOn != null && startedOn.isBefore(r.referralDate())) {
                problems.add("startedOn", "The assessment cannot start before " + r.childName() + "’s referral on "
                        + Dates.govuk(r.referralDate()));
            }
            group.add(r);
        }
        Set<Long> restricted = people.restrictedAmong(concat(referral.personId(), seen));
        if (!restricted.isEmpty()) {
            problems.add("siblingReferralIds", "A restricted record is assessed on its own: the family sections are read "
                    + "on each child's assessment");
        }
        return group;
    }

    private static List<Long> concat(long first, java.util.Collection<Long> rest) {
        List<Long> all = new ArrayList<>(List.of(first));
        rest.stream().filter(id -> id != first).forEach(all::add);
        return all;
    }
}
