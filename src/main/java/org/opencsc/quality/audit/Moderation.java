package org.opencsc.quality.audit;

import java.time.Instant;

/** The second auditor's review: how many grades they saw (sections and overall) and how many they changed. */
public record Moderation(long moderatorId, String moderatorName, Instant moderatedAt, String comment, int gradesChanged,
                         int gradesSeen) {
}
