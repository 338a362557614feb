package org.opencsc.quality.learning;

import java.time.LocalDate;

/** A learning action to add: what, at which level, whose (a username from the staff), the team for a team's action, by when. */
public record LearningActionInput(String action, LearningLevel level, String ownerUsername, Long teamId, LocalDate dueOn) {
}
