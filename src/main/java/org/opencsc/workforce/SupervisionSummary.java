package org.opencsc.workforce;

import java.time.LocalDate;

/** One line of a worker's supervision history. */
public record SupervisionSummary(long id, LocalDate heldOn, String supervisorName, int childrenDiscussed) {
}
