package org.opencsc.performance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Every figure there is, in dashboard order (group, then order within it). */
@Service
public class Figures {

    private final List<Figure> all;

    Figures(List<Figure> figures) {
        this.all = figures.stream()
                .sorted(Comparator.comparing(Figure::group).thenComparingInt(Figure::order).thenComparing(Figure::key))
                .toList();
        long keys = all.stream().map(Figure::key).distinct().count();
        if (keys != all.size()) {
            throw new IllegalStateException("Two figures share a key: " + all.stream().map(Figure::key).toList());
        }
    }

    public List<Figure> all() {
        return all;
    }

    public List<Figure> in(FigureGroup group) {
        return all.stream().filter(f -> f.group() == group).toList();
    }

    public Optional<Figure> byKey(String key) {
        return all.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
