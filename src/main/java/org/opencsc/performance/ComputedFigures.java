package org.opencsc.performance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure's answer for one query, as worked out at {@code asOf}: the dashboard shows this
 * time ("Figures as at 14:05"), since a cached answer can be a few minutes old.
 */
public record ComputedFigures(FigureQuery query, Instant asOf, Map<String, FigureResult> byKey) {

    public ComputedFigures {
        byKey = Map.copyOf(byKey);
    }

    public FigureResult of(Figure figure) {
        return byKey.get(figure.key());
    }

    /** The figures with their answers, in the order given (dashboard order). */
    public List<Answered> answered(List<Figure> figures) {
        return figures.stream().filter(f -> byKey.containsKey(f.key())).map(f -> new Answered(f, byKey.get(f.key()))).toList();
    }

    public record Answered(Figure figure, FigureResult result) {
    }
}
