package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.Set;

/** The worker a supervision is about: their line manager (and those above) supervise them; their teams decide which managers read it. */
record SupervisionWorker(long id, String name, boolean active, boolean newlyQualified, LocalDate startedOn, Set<Long> teamIds,
                         String lineManagerName) {
}
