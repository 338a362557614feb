package org.opencsc.workforce;

import java.time.Instant;

/**
 * One thing for the user's attention: what happened, about which record (the user may open it),
 * when, and where to say it has been dealt with ({@code doneAction}, a form POST).
 */
public record AttentionItem(String what, long personId, String personName, Instant raisedAt, String doneAction) {
}
