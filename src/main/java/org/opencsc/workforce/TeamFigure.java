package org.opencsc.workforce;

import java.util.Collection;
import java.util.Map;

/** One figure on Team work: what it counts ("census errors"), where its list is, and how many each child has. */
public record TeamFigure(String id, String label, String href, Map<Long, Integer> byChild) {

    public TeamFigure {
        byChild = Map.copyOf(byChild);
    }

    public long total() {
        return byChild.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The count for some of the children (one worker's). */
    public long countFor(Collection<Long> children) {
        return children == null ? 0 : children.stream().mapToLong(c -> byChild.getOrDefault(c, 0)).sum();
    }
}
