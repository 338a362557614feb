package org.opencsc.returns.census.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.workforce.TeamFigure;
import org.opencsc.workforce.TeamFigureSource;
import org.springframework.stereotype.Component;

/**
 * The team's census errors and queries on Team work, per worker too, linked to the list of them.
 * The same children's due work was worked out a moment before in the same request, so this costs
 * no second export.
 */
@Component
class CensusTeamFigures implements TeamFigureSource {

    private final CensusQuality quality;

    CensusTeamFigures(CensusQuality quality) {
        this.quality = quality;
    }

    @Override
    public List<TeamFigure> figuresFor(long teamId, Long workerId, Collection<Long> personIds) {
        Map<Long, Integer> errors = new HashMap<>();
        Map<Long, Integer> queries = new HashMap<>();
        quality.forChildren(personIds).forEach((child, problems) -> {
            for (ChildProblem p : problems) {
                (p.error() ? errors : queries).merge(child, 1, Integer::sum);
            }
        });
        String list = TeamProblemsController.path(teamId, workerId);
        return List.of(new TeamFigure("census-errors", "census errors", list, errors),
                new TeamFigure("census-queries", "census queries", list, queries));
    }
}
