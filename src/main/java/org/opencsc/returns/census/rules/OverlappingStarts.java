package org.opencsc.returns.census.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The overlap rules (8820, 8863Q, 8890, 8940) all ask the same question of a child's modules:
 * does this one start on or between the start and the last day of another one? Sorting by start
 * answers it for every module at once, so a child with many modules costs n log n, not n².
 */
final class OverlappingStarts {

    /**
     * A module's span: from {@code start} to {@code lastDay} inclusive. A null {@code lastDay}
     * (or one before the start) covers no day: the module is only tested, never an obstacle.
     */
    record Span(LocalDate start, LocalDate lastDay) {
    }

    private OverlappingStarts() {
    }

    /** The indexes of the spans whose start falls on or between the start and last day of another span. */
    static Set<Integer> startingInsideAnother(List<Span> spans) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).start() != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> spans.get(i).start()));
        Set<Integer> inside = new HashSet<>();
        LocalDate reachOfEarlier = null;
        int from = 0;
        while (from < order.size()) {
            LocalDate start = spans.get(order.get(from)).start();
            int to = from;
            while (to < order.size() && spans.get(order.get(to)).start().equals(start)) {
                to++;
            }
            // Spans starting the same day cover each other's start: keep the two furthest-reaching.
            int bestIndex = -1;
            LocalDate best = null;
            LocalDate second = null;
            for (int k = from; k < to; k++) {
                LocalDate last = spans.get(order.get(k)).lastDay();
                if (later(last, best)) {
                    second = best;
                    best = last;
                    bestIndex = order.get(k);
                } else if (later(last, second)) {
                    second = last;
                }
            }
            for (int k = from; k < to; k++) {
                int index = order.get(k);
                LocalDate reach = latest(reachOfEarlier, index == bestIndex ? second : best);
                if (reach != null && !reach.isBefore(start)) {
                    inside.add(index);
                }
            }
            reachOfEarlier = latest(reachOfEarlier, best);
            from = to;
        }
        return inside;
    }

    private static boolean later(LocalDate candidate, LocalDate than) {
        return candidate != null && (than == null || candidate.isAfter(than));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return later(b, a) ? b : a;
    }
}
