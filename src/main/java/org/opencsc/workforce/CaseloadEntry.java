package org.opencsc.workforce;

import java.time.LocalDate;

/** A child on a worker's or team's caseload. */
public record CaseloadEntry(long personId, String name, LocalDate dateOfBirth, String workerName, String teamName,
                            LocalDate allocatedOn) {
}
