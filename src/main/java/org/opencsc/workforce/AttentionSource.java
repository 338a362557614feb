package org.opencsc.workforce;

import java.util.List;
import org.opencsc.security.CurrentUser;

/**
 * Something addressed to a user rather than to a caseload: a duplicate check that matched a
 * restricted record they are named on, for example. Due work is found through the children a
 * worker or team holds; these are found through the user, so they reach a manager whatever team
 * (if any) holds the child. Each feature contributes one bean; the home page lists them all.
 */
public interface AttentionSource {

    List<AttentionItem> itemsFor(CurrentUser user);
}
