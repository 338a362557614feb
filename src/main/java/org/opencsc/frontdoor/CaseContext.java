package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the front door must see before deciding on a contact: for each child it is about, and each
 * of their siblings, the open referral, level of need, plans, who holds the case, and the contacts
 * and referrals of the last 12 months. A sibling the viewer may not open is {@code withheld}: it
 * says only that there is one, nothing about them.
 */
public record CaseContext(List<ChildContext> children) {

    public boolean anyOpenCase() {
        return children.stream().anyMatch(c -> c.subject() && c.openReferral() != null);
    }

    public boolean everyChildOpen() {
        return children.stream().filter(ChildContext::subject).allMatch(c -> c.openReferral() != null);
    }

    public List<ChildContext> subjects() {
        return children.stream().filter(ChildContext::subject).toList();
    }

    public List<ChildContext> siblings() {
        return children.stream().filter(c -> !c.subject()).toList();
    }

    /**
     * One child: {@code subject} when the contact is about them, otherwise a sibling
     * ({@code relationship} says how). {@code level} and {@code plans} are labels for the page.
     */
    public record ChildContext(boolean subject, boolean withheld, Long personId, String name, LocalDate dateOfBirth,
                               String relationship, Referral openReferral, String teamName, String workerName, String level,
                               List<String> plans, List<RecentContact> contacts, List<Referral> referrals) {

        static ChildContext withheldSibling(String relationship) {
            return new ChildContext(false, true, null, null, null, relationship, null, null, null, null, List.of(), List.of(),
                    List.of());
        }

        public boolean allocated() {
            return workerName != null || teamName != null;
        }
    }

    /**
     * A contact of the last 12 months and what became of it; {@code mayOpen} is false when it is
     * also about a child the viewer may not open (a restricted sibling), so it is listed without a link.
     */
    public record RecentContact(long id, Instant receivedAt, String outcome, boolean mayOpen) {
    }
}
