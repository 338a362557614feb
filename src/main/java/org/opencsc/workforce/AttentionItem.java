package org.opencsc.workforce;

import java.time.Instant;

/**
 * One thing for the user's attention: what happened, about which record (the user may open it),
 * when, where to act on it ({@code href}, when it is dealt with somewhere else: a contact to
 * decide), and where to say it has been dealt with ({@code doneAction}, a form POST; null when the
 * item goes by itself once the work is done). {@code personId} and {@code personName} are null
 * when the item is about a record the user may no longer open (the worker a child was
 * transferred away from is told, but not who the child is).
 */
public record AttentionItem(String what, Long personId, String personName, Instant raisedAt, String href, String doneAction) {
}
