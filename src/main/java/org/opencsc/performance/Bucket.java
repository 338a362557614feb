package org.opencsc.performance;

/**
 * One bar of a figure's chart (a month, a category of abuse): how many rows fall in it, and of
 * those how many meet the figure. {@code key} filters the drill-down to the bucket's rows.
 */
public record Bucket(String key, String label, long count, long met) {
}
