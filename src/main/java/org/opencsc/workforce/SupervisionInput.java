package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.List;

/** A supervision session as recorded, once read from the request. */
public record SupervisionInput(Long workerId, LocalDate heldOn, String wellbeing, List<ChildDiscussed> children) {

    /** One child's part of the session: it goes on that child's chronology and nowhere else. */
    public record ChildDiscussed(Long childId, String reflection, String decisions, List<Action> actions) {
    }

    /**
     * What is to be done, by whom, by when. The owner is a member of staff named by username, so
     * the action reaches their "My work"; {@code owner} is their name as shown (older actions
     * have only a name typed as free text, and no username).
     */
    public record Action(String action, String owner, String ownerUsername, LocalDate dueOn) {

        static Action of(String action, String ownerUsername, LocalDate dueOn) {
            return new Action(action, null, ownerUsername, dueOn);
        }
    }
}
