package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.opencsc.security.Role;

/**
 * One piece of due work for a child: what it is ("Initial child protection conference"), when it
 * is due, and the page where it is done. {@code forManager} marks work only a manager can do
 * (authorising an assessment), which a worker's own list leaves out. {@code doneBy} are the roles
 * that do it, by the same rule as the page it links to; a viewer in another role gets the line
 * without the link, saying who acts ({@code whoActs}), not a page that would refuse them.
 * {@code assignedTo} names the one user whose work it is (an action's owner): it is on their "My
 * work" whoever holds the child, and on no other worker's. {@code doneAction} is where that user
 * says it is done (a form POST), for work that no other page finishes. {@code personId} is null for
 * work that is not about one child (a learning action for a team or the whole service): it is
 * listed as such, and only through {@link DueWorkSource#dueTo} or {@link DueWorkSource#dueToAnyOf}.
 */
public record DueItem(Long personId, String what, LocalDate dueOn, String href, boolean forManager, Set<Role> doneBy,
                      String whoActs, Long assignedTo, String doneAction) {

    /** The item as every source built it before items could be assigned to one user. */
    public DueItem(long personId, String what, LocalDate dueOn, String href, boolean forManager, Set<Role> doneBy, String whoActs) {
        this(personId, what, dueOn, href, forManager, doneBy, whoActs, null, null);
    }

    public static DueItem forWorker(long personId, String what, LocalDate dueOn, String href) {
        return new DueItem(personId, what, dueOn, href, false, EnumSet.allOf(Role.class), null);
    }

    public static DueItem forManager(long personId, String what, LocalDate dueOn, String href) {
        return new DueItem(personId, what, dueOn, href, true, EnumSet.allOf(Role.class), null);
    }

    /** Work that is one user's (an action they own), marked done by them at {@code doneAction}. */
    public static DueItem forUser(long userId, long personId, String what, LocalDate dueOn, String href, String doneAction) {
        return new DueItem(personId, what, dueOn, href, false, EnumSet.allOf(Role.class), null, userId, doneAction);
    }

    /**
     * The same item, done only by the roles the page's own rule admits; to others it says who
     * acts instead ("The conference chair records it").
     */
    public DueItem doneOnlyBy(Predicate<Role> rule, String whoActs) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(rule).forEach(roles::add);
        return new DueItem(personId, what, dueOn, href, forManager, roles, whoActs, assignedTo, doneAction);
    }

    /** Work that is one user's and about no one child (a team's or the service's learning), done at {@code href}. */
    public static DueItem forUserNotAboutAChild(long userId, String what, LocalDate dueOn, String href) {
        return new DueItem(null, what, dueOn, href, false, EnumSet.allOf(Role.class), null, userId, null);
    }

    /** Whether a user in this role does it, so their line links to where it is done. */
    public boolean isDoneBy(Role role) {
        return doneBy.contains(role);
    }

    /** The same line twice (a child on the caseload and the user's own item): listed once. */
    record Key(Long personId, String what, LocalDate dueOn, String href) {
    }

    Key key() {
        return new Key(personId, what, dueOn, href);
    }
}
