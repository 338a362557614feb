package org.opencsc.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Response times of one kind of request, summarised as nearest-rank percentiles. */
final class Latencies {

    private final String label;
    private final List<Double> millis = new ArrayList<>();

    Latencies(String label) {
        this.label = label;
    }

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    void addAll(Latencies other) {
        millis.addAll(other.millis);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String header() {
        return String.format(Locale.ROOT, "%-58s %6s %8s %8s %8s %8s", "Measurement", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }

    String row() {
        return String.format(Locale.ROOT, "%-58s %6d %8.1f %8.1f %8.1f %8.1f", label, count(),
                percentile(50), percentile(95), percentile(99), percentile(100));
    }
}
