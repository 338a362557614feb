package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Sight;
import org.opencsc.workforce.Allocation;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.stereotype.Service;

/**
 * The context of a contact (issue 10): what is open and recent for its children and their
 * siblings, so the front door sees an open case before deciding and never opens a second one.
 * Siblings come from the family network as the viewer is shown it: one the viewer may not open
 * is a line that says so, with nothing about them.
 */
@Service
public class CaseContextService {

    private final ReferralService referrals;
    private final ContactRepository contacts;
    private final CaseContextRepository facts;
    private final AllocationRepository allocations;
    private final FamilyNetwork family;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final Clock clock;

    CaseContextService(ReferralService referrals, ContactRepository contacts, CaseContextRepository facts,
                       AllocationRepository allocations, FamilyNetwork family, AccessPolicy access, Redaction redaction,
                       Clock clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.facts = facts;
        this.allocations = allocations;
        this.family = family;
        this.access = access;
        this.redaction = redaction;
        this.clock = clock;
    }

    /** For a contact the user has opened (so may open every child it is about). */
    public CaseContext of(Contact contact, CurrentUser user, AccessLog.Channel channel, String path) {
        LocalDate yearAgo = LocalDate.now(clock).minusMonths(12);
        List<CaseContext.ChildContext> shown = new ArrayList<>();
        for (Contact.Child child : contact.children()) {
            shown.add(child(user, true, child.personId(), child.name(), child.dateOfBirth(), null, contact.id(), yearAgo));
        }
        Map<Long, FamilyMember> siblings = new LinkedHashMap<>();
        // A withheld sibling has no identity to tell two apart: a sibling group shares its siblings,
        // so the most any one child has is how many there are (an undercount at worst, never a name).
        int withheld = 0;
        for (Contact.Child child : contact.children()) {
            int hidden = 0;
            for (FamilyMember m : family.shownTo(child.personId(), user)) {
                if (!m.sibling() || !m.child()) {
                    continue;
                }
                if (m.withheld()) {
                    hidden++;
                } else if (!contact.childIds().contains(m.personId())) {
                    siblings.putIfAbsent(m.personId(), m);
                }
            }
            withheld = Math.max(withheld, hidden);
        }
        // Reading a sibling's open case and history is reading their record: logged as a view of each.
        if (!siblings.isEmpty()) {
            access.checkAndLogViews(user, siblings.keySet(), channel, path);
        }
        for (FamilyMember s : siblings.values()) {
            shown.add(child(user, false, s.personId(), s.name(), s.dateOfBirth(), s.relationshipLabel(), contact.id(), yearAgo));
        }
        for (int i = 0; i < withheld; i++) {
            shown.add(CaseContext.ChildContext.withheldSibling("Sibling"));
        }
        return new CaseContext(shown);
    }

    private CaseContext.ChildContext child(CurrentUser user, boolean subject, long personId, String name, LocalDate dob, String relationship,
                                           long contactId, LocalDate yearAgo) {
        List<Referral> all = referrals.forChild(personId);
        Optional<Referral> open = all.stream().filter(r -> r.closedOn() == null).findFirst();
        Optional<Allocation> holder = allocations.current(personId);
        List<Contact> lastYear = contacts.forChild(personId).stream()
                .filter(c -> c.id() != contactId && !c.receivedAt().atZone(clock.getZone()).toLocalDate().isBefore(yearAgo))
                .toList();
        // A contact also about a child the viewer may not open would be refused (403): no link to it.
        Redaction.Sights sights = redaction.of(user, lastYear.stream().flatMap(c -> c.childIds().stream()).distinct().toList());
        List<CaseContext.RecentContact> recent = lastYear.stream()
                .map(c -> new CaseContext.RecentContact(c.id(), c.receivedAt(), outcome(c), sights.of(c.childIds()) == Sight.OPEN))
                .toList();
        List<Referral> recentReferrals = all.stream()
                .filter(r -> !r.referralDate().isBefore(yearAgo)).toList();
        return new CaseContext.ChildContext(subject, false, personId, name, dob, relationship, open.orElse(null),
                holder.map(Allocation::teamName).orElse(open.map(Referral::teamName).orElse(null)),
                holder.map(Allocation::workerName).orElse(open.map(Referral::workerName).orElse(null)),
                facts.level(personId, open), facts.plans(personId, open.isPresent()), recent, recentReferrals);
    }

    private static String outcome(Contact c) {
        if (c.decision() == null) {
            return "Awaiting a decision";
        }
        return c.decision().outcome().label() + (c.decision().signedOff() ? "" : " (awaiting sign-off)");
    }
}
