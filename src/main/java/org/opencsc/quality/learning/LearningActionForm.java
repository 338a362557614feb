package org.opencsc.quality.learning;

import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;

/** The add-an-action form as typed, kept to show again when refused. */
public record LearningActionForm(String action, String level, String ownerUsername, String teamId, String dueOnDay,
                                 String dueOnMonth, String dueOnYear) {

    static LearningActionForm empty() {
        return new LearningActionForm(null, null, null, null, null, null, null);
    }

    LearningActionInput toInput(Problems problems) {
        LearningLevel parsed = null;
        if (level != null && !level.isBlank()) {
            try {
                parsed = LearningLevel.valueOf(level.trim());
            } catch (IllegalArgumentException e) {
                problems.add("level", "Choose whether the action is for the worker, a team or the service");
            }
        }
        Long team = null;
        if (parsed == LearningLevel.TEAM) {
            team = WholeNumbers.longOrEmpty(teamId).orElse(null);
            if (team == null && teamId != null && !teamId.isBlank()) {
                problems.add("teamId", "Choose the team the action is for from the list");
            }
        }
        return new LearningActionInput(action, parsed, ownerUsername, team,
                DateParts.fromParts(dueOnDay, dueOnMonth, dueOnYear, "dueOn", "The due date", problems));
    }
}
