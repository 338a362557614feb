package org.opencsc.performance;

import java.util.List;

/** A registry of chosen figures, for tests of what is built over {@link Figures} (its constructor is the container's). */
public final class TestFigures {

    private TestFigures() {
    }

    public static Figures of(Figure... figures) {
        return new Figures(List.of(figures));
    }

    /** A cache that keeps nothing: every get counts afresh. */
    public static FigureCache uncached(Figures figures, java.time.Clock clock) {
        return new FigureCache(figures, null, clock, java.time.Duration.ZERO, false);
    }
}
