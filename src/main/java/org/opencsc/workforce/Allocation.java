package org.opencsc.workforce;

import java.time.LocalDate;

/** Which team and worker hold a child's case now. */
public record Allocation(long teamId, String teamName, Long workerId, String workerName, LocalDate since) {
}
