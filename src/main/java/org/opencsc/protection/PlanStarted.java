package org.opencsc.protection;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the recording transaction) when a conference starts a child
 * protection plan, so the child's level of need can step up to child protection without the
 * protection package knowing who listens.
 */
public record PlanStarted(long personId, long planId, LocalDate startedOn, String reason, String decidedBy) {
}
