package org.opencsc.workforce;

import java.util.Collection;
import java.util.List;
import org.opencsc.security.CurrentUser;

/**
 * Something with a statutory due date that a feature tracks for a child: an assessment, a
 * conference, a core group, an escalation's response. Each feature contributes one bean; the
 * "my work" and "team work" pages ask every source about the children on a caseload and list
 * what they return, oldest due date first. Only open items are returned: a finished step is
 * no longer work.
 */
public interface DueWorkSource {

    /** Open items with a due date for any of these children (at most a few thousand ids). */
    List<DueItem> dueFor(Collection<Long> personIds);

    /**
     * Open items that are this user's to do whoever holds the child: an action they own, a
     * review conference they chair, a contact in the queue for their decision. They are on the
     * user's "My work" alongside their caseload's; items for children the user may not open are
     * listed without the child. Most sources find all their work through the caseload and need
     * not override this.
     */
    default List<DueItem> dueTo(CurrentUser user) {
        return List.of();
    }

    /**
     * The open items any of these users own, wherever the child is held and also when the item is
     * about no one child: a team's, on its manager's Team work. Sources whose items are all found
     * through the caseload need not override this.
     */
    default List<DueItem> dueToAnyOf(Collection<Long> userIds) {
        return List.of();
    }

    /**
     * Whether any of this source's items are only a manager's ({@link DueItem#forManager()}). A
     * manager's My work asks every source that has some about the whole service area, which
     * a source with none (census problems, worked out per child) need not be asked.
     */
    default boolean hasManagerWork() {
        return true;
    }
}
