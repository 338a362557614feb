package org.opencsc.workforce;

import java.time.Instant;

/**
 * One thing for the user's attention: what happened, about which record (the user may open it),
 * when, where to act on it ({@code href}, when it is dealt with somewhere else: a contact to
 * decide), and where to say it has been dealt with ({@code doneAction}, a form POST; null when the
 * item goes by itself once the work is done).
 */
public record AttentionItem(String what, long personId, String personName, Instant raisedAt, String href, String doneAction) {
}
