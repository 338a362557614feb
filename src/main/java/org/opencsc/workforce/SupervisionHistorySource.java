package org.opencsc.workforce;

import java.util.List;
import org.opencsc.security.CurrentUser;

/**
 * Records about a worker's practice that are kept with their supervision history, from features
 * workforce does not depend on (practice observations, in quality). Each source decides itself
 * what this reader may see; the history page asks only once the reader may read the history
 * (the worker and their line management chain).
 */
public interface SupervisionHistorySource {

    /** The worker's entries this reader may read, newest first. */
    List<SupervisionHistoryEntry> forWorker(long workerId, CurrentUser reader);
}
