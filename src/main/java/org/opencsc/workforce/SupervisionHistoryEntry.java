package org.opencsc.workforce;

import java.time.LocalDate;

/** One entry beside a worker's supervision sessions: what it was ("Practice observation: home visit"), by whom, and where to read it. */
public record SupervisionHistoryEntry(LocalDate on, String what, String by, String href) {
}
