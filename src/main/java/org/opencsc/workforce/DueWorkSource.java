package org.opencsc.workforce;

import java.util.Collection;
import java.util.List;

/**
 * Something with a statutory due date that a feature tracks for a child: an assessment, a
 * conference, a core group, an escalation's response. Each feature contributes one bean; the
 * "my work" and "team work" pages ask every source about the children on a caseload and list
 * what they return, oldest due date first. Only open items are returned: a finished step is
 * no longer work.
 */
public interface DueWorkSource {

    /** Open items with a due date for any of these children (at most a few thousand ids). */
    List<DueItem> dueFor(Collection<Long> personIds);
}
