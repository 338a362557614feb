package org.opencsc.performance;

import java.util.List;

/**
 * A figure's answer: the rows behind it (every one, whoever may see them; the drill-down filters)
 * and, when the figure is charted by month or category, its buckets with each row's bucket key.
 *
 * <p>A share figure is {@link #met()} of {@link #count()} ("40 of 50 assessments in time");
 * a plain count is {@link #count()} alone ({@link #share()} is null).
 */
public record FigureResult(List<FigureRow> rows, List<Bucket> buckets, List<String> rowBuckets, boolean isShare) {

    public FigureResult {
        rows = List.copyOf(rows);
        buckets = List.copyOf(buckets);
        rowBuckets = rowBuckets == null ? List.of() : List.copyOf(rowBuckets);
        if (!rowBuckets.isEmpty() && rowBuckets.size() != rows.size()) {
            throw new IllegalArgumentException("One bucket key per row, or none");
        }
    }

    public static FigureResult count(List<FigureRow> rows) {
        return new FigureResult(rows, List.of(), List.of(), false);
    }

    public static FigureResult share(List<FigureRow> rows) {
        return new FigureResult(rows, List.of(), List.of(), true);
    }

    public long count() {
        return rows.size();
    }

    public long met() {
        return rows.stream().filter(FigureRow::met).count();
    }

    /** Whole per cent met, or null for a plain count or when nothing was counted. */
    public Integer share() {
        return !isShare || rows.isEmpty() ? null : (int) Math.round(100.0 * met() / rows.size());
    }

    /** How many different children the rows are about. */
    public long children() {
        return rows.stream().mapToLong(FigureRow::personId).distinct().count();
    }
}
