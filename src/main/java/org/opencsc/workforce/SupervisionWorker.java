package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.Set;

/** The worker a supervision is about: their teams decide which managers supervise them. */
record SupervisionWorker(long id, String name, boolean active, boolean newlyQualified, LocalDate startedOn, Set<Long> teamIds) {
}
