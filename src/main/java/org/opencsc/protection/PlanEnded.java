package org.opencsc.protection;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the recording transaction) when a review conference ends a
 * child protection plan, so the child's level of need can step down (usually to child in need).
 */
public record PlanEnded(long personId, long planId, LocalDate endedOn, String reason, String decidedBy) {
}
