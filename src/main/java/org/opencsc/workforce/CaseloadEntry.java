package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * A child on a worker's or team's caseload. One the viewer may not open (a restricted record
 * they are not named on) is {@code withheld}: the allocation is shown, not the child.
 */
public record CaseloadEntry(Long personId, String name, LocalDate dateOfBirth, String workerName, String teamName,
                            LocalDate allocatedOn, boolean withheld) {

    CaseloadEntry withoutChild() {
        return new CaseloadEntry(null, null, null, workerName, teamName, allocatedOn, true);
    }
}
