package org.opencsc.workforce;

import java.util.Collection;
import java.util.List;

/**
 * A count a feature adds to Team work about the children a team holds (the census errors and
 * queries, say), linked to the feature's own list. Each feature contributes one bean; the page
 * shows each figure for the team and, per worker, for the children each holds.
 */
public interface TeamFigureSource {

    /** The figures for these children, held by the team (or, with {@code workerId}, by one of its workers). */
    List<TeamFigure> figuresFor(long teamId, Long workerId, Collection<Long> personIds);
}
