package org.opencsc.workforce;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A worker and how many children they hold now against their limit, shown to a manager while
 * allocating: at or over the limit is a warning, not a refusal (a manager may still decide to
 * allocate, knowing the worker's load).
 */
public record WorkerCaseload(long workerId, String name, String role,
                             @Schema(description = "In the ASYE now (workforce.Asye)") boolean newlyQualified, long teamId,
                             String teamName,
                             @Schema(description = "Children (not adults) allocated to the worker now") int children,
                             @Schema(description = "Their caseload limit (workforce.CaseloadLimits)") int caseloadLimit,
                             @Schema(description = "children >= caseloadLimit: allocating is allowed, with a warning") boolean atOrOverLimit,
                             @Schema(description = "What a manager is told when the worker is at or over their limit (absent otherwise)")
                             String warning) {

    static WorkerCaseload of(long workerId, String name, String role, boolean newlyQualified, long teamId, String teamName,
                             int children, int caseloadLimit) {
        boolean full = children >= caseloadLimit;
        return new WorkerCaseload(workerId, name, role, newlyQualified, teamId, teamName, children, caseloadLimit, full,
                full ? warning(name, children, caseloadLimit, newlyQualified) : null);
    }

    private static String warning(String name, int children, int caseloadLimit, boolean newlyQualified) {
        return name + " holds " + children + (children == 1 ? " child" : " children") + " and their limit is " + caseloadLimit
                + (newlyQualified ? " (a protected caseload: they are newly qualified)" : "")
                + (children > caseloadLimit ? ": they are over it" : ": they are at it");
    }
}
