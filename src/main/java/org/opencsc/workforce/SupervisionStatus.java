package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * How a worker's supervision stands: the last session, when the next is due and whether that
 * has passed. {@code dueFromToday} says the worker has never been supervised and their start
 * date is not known, so the first session is counted from today (an assumption shown on screen).
 * {@code youMayRecord} says whether the reader may record it: they are the worker's line manager
 * or above them in the chain.
 */
public record SupervisionStatus(long workerId, String workerName, boolean newlyQualified, int intervalDays,
                                Long lastSupervisionId, LocalDate lastHeldOn, LocalDate nextDueOn, boolean overdue,
                                boolean dueFromToday, String lineManagerName, boolean youMayRecord) {
}
