package org.opencsc.quality.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A learning action as read. {@code personId} is the child when it is about one child's work (a
 * worker's action from that child's audit); {@code withheld} says the reader may not open that
 * child, so neither the child nor the action's words (which are about the child's case) are shown,
 * only that it is there, whose it is and when it is due, so nothing late hides.
 */
public record LearningAction(long id, Long auditId, Long roundId, String roundTitle, Long personId, String childName,
                             boolean withheld, LearningLevel level, String action, long ownerId, String ownerName,
                             String ownerUsername, Long teamId, String teamName, LocalDate dueOn, Instant createdAt,
                             String createdBy, LocalDate completedOn, String completedBy, String evidence, int version,
                             boolean overdue) {

    static final String WITHHELD = "A learning action about a record you cannot open";

    public boolean done() {
        return completedOn != null;
    }

    LearningAction withoutChild() {
        return new LearningAction(id, auditId, roundId, roundTitle, null, null, true, level, WITHHELD, ownerId, ownerName,
                ownerUsername, teamId, teamName, dueOn, createdAt, createdBy, completedOn, completedBy, null, version, overdue);
    }
}
