package org.opencsc.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded supervision session. {@code children} holds only the children the reader may see:
 * a restricted record's part is left out rather than shown to someone not named on it.
 */
public record Supervision(long id, long workerId, String workerName, long supervisorId, String supervisorName,
                          LocalDate heldOn, String wellbeing, Instant recordedAt, List<ChildDiscussed> children) {

    public record ChildDiscussed(long personId, String childName, String reflection, String decisions,
                                 List<SupervisionInput.Action> actions) {
    }

    Supervision withChildren(List<ChildDiscussed> visible) {
        return new Supervision(id, workerId, workerName, supervisorId, supervisorName, heldOn, wellbeing, recordedAt, visible);
    }
}
