package org.opencsc.frontdoor;

import java.util.List;
import org.opencsc.workforce.Allocation;

/**
 * One form on the allocation page: the referrals from one contact that the manager may open
 * (brothers and sisters, allocated together), each with who holds the child now, if anyone; or a
 * withheld line on its own (a restricted record the manager is not named on, never shown beside
 * its siblings, which would say whose sibling it is). {@code key}: {@link Referral#siblingGroup()},
 * naming the form's fields; {@code contactId} null for an imported referral, which is alone.
 */
public record AllocationGroup(String key, Long contactId, List<Member> members, WithheldReferral withheld) {

    public record Member(Referral referral, Allocation current) {
    }

    public boolean isWithheld() {
        return withheld != null;
    }

    /** Whether allocating any of these children moves them from someone who holds them: a transfer, with a reason. */
    public boolean anyHeld() {
        return members.stream().anyMatch(m -> m.current() != null);
    }
}
