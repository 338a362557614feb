package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.List;

/** A supervision session as recorded, once read from the request. */
public record SupervisionInput(Long workerId, LocalDate heldOn, String wellbeing, List<ChildDiscussed> children) {

    /** One child's part of the session: it goes on that child's chronology and nowhere else. */
    public record ChildDiscussed(Long childId, String reflection, String decisions, List<Action> actions) {
    }

    public record Action(String action, String owner, LocalDate dueOn) {
    }
}
