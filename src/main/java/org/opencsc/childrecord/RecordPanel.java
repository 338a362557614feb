package org.opencsc.childrecord;

import org.opencsc.security.CurrentUser;
import org.springframework.ui.Model;

/**
 * A feature's part of the child's record page: it adds what its piece of record.html reads
 * (the open plan, the visit summary, what can be started from here). Each feature contributes
 * one bean, so the record page shows every feature without knowing them all. Called after
 * the record has been opened, so the access check and the access log entry are done.
 */
public interface RecordPanel {

    void addTo(Model model, long personId, boolean child, CurrentUser user);
}
