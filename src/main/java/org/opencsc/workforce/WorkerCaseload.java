package org.opencsc.workforce;

/** A worker and how many children they hold now, shown to a manager while allocating. */
public record WorkerCaseload(long workerId, String name, String role, boolean newlyQualified, long teamId,
                             String teamName, int children) {
}
