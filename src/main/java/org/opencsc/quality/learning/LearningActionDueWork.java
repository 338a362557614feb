package org.opencsc.quality.learning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * Open learning actions as due work: on the owner's My work (whoever holds the child, and also
 * when it is about no one child), on Team work for the team holding the child it is about and
 * for the team whose members own it. Done on the action's page, where the owner says what changed,
 * so the line links there and has no "Mark as done" button.
 */
@Component
class LearningActionDueWork implements DueWorkSource {

    private final LearningActionRepository actions;
    private final Clock clock;

    LearningActionDueWork(LearningActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : items(actions.openAbout(personIds, LondonTime.today(clock)));
    }

    @Override
    public List<DueItem> dueTo(CurrentUser user) {
        return items(actions.openOwnedBy(List.of(user.id()), LondonTime.today(clock)));
    }

    @Override
    public List<DueItem> dueToAnyOf(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : items(actions.openOwnedBy(userIds, LondonTime.today(clock)));
    }

    @Override
    public boolean hasManagerWork() {
        return false;
    }

    private static List<DueItem> items(List<LearningAction> open) {
        return open.stream().map(LearningActionDueWork::item).toList();
    }

    static DueItem item(LearningAction a) {
        String what = "Learning action for " + a.ownerName() + ": " + a.action();
        String href = "/quality/learning-actions/" + a.id();
        return a.personId() == null ? DueItem.forUserNotAboutAChild(a.ownerId(), what, a.dueOn(), href)
                : DueItem.forUser(a.ownerId(), a.personId(), what, a.dueOn(), href, null);
    }
}
