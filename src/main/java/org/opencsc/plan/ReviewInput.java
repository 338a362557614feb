package org.opencsc.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * A review as recorded: the meeting (linked to the core group or conference record when it was
 * one), who came, a 0-10 score per outcome (by outcome id), the actions now done (action id to
 * done date; null means done on the review date) and what was decided.
 */
public record ReviewInput(ReviewKind kind, Long coreGroupId, Long conferenceId, LocalDate heldOn, String attendance,
                          Map<String, Integer> scores, Map<String, LocalDate> actionsDone, String decision) {
}
