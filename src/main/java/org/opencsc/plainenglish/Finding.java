package org.opencsc.plainenglish;

/**
 * One thing the check found: what kind, the words concerned exactly as they appear in the text
 * (from {@code start} inclusive to {@code end} exclusive, in UTF-16 chars), a plain suggestion, and
 * whether it blocks sending.
 */
public record Finding(FindingKind kind, String words, int start, int end, String suggestion, boolean blocking) {
}
