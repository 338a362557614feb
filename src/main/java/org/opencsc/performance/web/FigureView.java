package org.opencsc.performance.web;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureResult;

/**
 * One figure as a dashboard shows it: its number ("80% (40 of 50)" or a count), its definition,
 * its chart's bars (worked out here, drawn as inline SVG by the template) and the same numbers for
 * the table, each linked to the children behind it.
 */
record FigureView(String key, String label, String definition, Boolean higherIsBetter, boolean share, long count,
                  long met, Integer percent, List<Bar> bars, String link) {

    /** Chart size in SVG units: the viewBox, scaled to the column's width by the browser. */
    static final int HEIGHT = 100;
    static final int BAR_WIDTH = 20;
    static final int GAP = 6;
    static final int SINGLE_BAR_WIDTH = 300;

    /**
     * A bucket (or, for a figure with none, the whole figure) with its bar: {@code height} for all
     * it counts and {@code metHeight} for those met, scaled to the tallest bar.
     */
    record Bar(String key, String label, long count, long met, Integer percent, int x, int height, int metHeight, String link) {

        public long notMet() {
            return count - met;
        }
    }

    static FigureView of(Figure figure, FigureResult result, String filterParams) {
        String link = "/performance/figures/" + figure.key() + "?" + filterParams;
        List<Bar> bars = new ArrayList<>();
        long tallest = result.buckets().stream().mapToLong(Bucket::count).max().orElse(0);
        int x = 0;
        for (Bucket b : result.buckets()) {
            bars.add(new Bar(b.key(), b.label(), b.count(), b.met(), percent(result.isShare(), b.count(), b.met()), x,
                    scaled(b.count(), tallest, HEIGHT), scaled(b.met(), tallest, HEIGHT), link + "&bucket=" + b.key()));
            x += BAR_WIDTH + GAP;
        }
        return new FigureView(figure.key(), figure.label(), figure.definition(), figure.higherIsBetter(), result.isShare(),
                result.count(), result.met(), result.share(), bars, link);
    }

    private static Integer percent(boolean share, long count, long met) {
        return !share || count == 0 ? null : (int) Math.round(100.0 * met / count);
    }

    /** A bar's height: at least 1 for anything counted, so a small bucket is not drawn as none. */
    private static int scaled(long value, long tallest, int full) {
        if (value == 0 || tallest == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) full * value / tallest));
    }

    public long notMet() {
        return count - met;
    }

    /** The number as the dashboard states it. */
    public String headline() {
        if (!share) {
            return String.valueOf(count);
        }
        return percent == null ? "None counted" : percent + "% (" + met + " of " + count + ")";
    }

    public boolean charted() {
        return !bars.isEmpty();
    }

    public int chartWidth() {
        return Math.max(BAR_WIDTH, bars.size() * (BAR_WIDTH + GAP) - GAP);
    }

    /** The single bar of a share without buckets: the met part's width of {@link #SINGLE_BAR_WIDTH}. */
    public int metWidth() {
        return count == 0 ? 0 : (int) Math.round((double) SINGLE_BAR_WIDTH * met / count);
    }

    public String notMetLink() {
        return link + "&met=false";
    }

    public String metLink() {
        return link + "&met=true";
    }
}
