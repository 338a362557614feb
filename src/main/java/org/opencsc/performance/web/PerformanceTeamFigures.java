package org.opencsc.performance.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.performance.ComputedFigures;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureCache;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.Figures;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.workforce.TeamFigure;
import org.opencsc.workforce.TeamFigureSource;
import org.springframework.stereotype.Component;

/**
 * The team's share figures on Team work, per worker too: for each, the rows that need looking at
 * (not met, or for a figure where a higher share is worse, such as re-referrals, the met ones) over
 * the 12 months to today, for the children the team holds, linked to the figure's children for
 * the team. The answers come from the figures' cache, per team.
 */
@Component
class PerformanceTeamFigures implements TeamFigureSource {

    private final Figures figures;
    private final FigureCache cache;
    private final Clock clock;

    PerformanceTeamFigures(Figures figures, FigureCache cache, Clock clock) {
        this.figures = figures;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public List<TeamFigure> figuresFor(long teamId, Long workerId, Collection<Long> personIds) {
        var today = LondonTime.today(clock);
        FigureQuery query = new FigureQuery(Period.twelveMonthsTo(today), today, List.of(teamId));
        ComputedFigures computed = cache.get(query);
        Set<Long> children = new HashSet<>(personIds);
        List<TeamFigure> shown = new ArrayList<>();
        for (ComputedFigures.Answered a : computed.answered(figures.all())) {
            if (!a.result().isShare()) {
                continue;
            }
            Figure figure = a.figure();
            boolean worseWhenMet = Boolean.FALSE.equals(figure.higherIsBetter());
            Map<Long, Integer> byChild = new HashMap<>();
            for (FigureRow row : a.result().rows()) {
                if (row.met() == worseWhenMet && children.contains(row.personId())) {
                    byChild.merge(row.personId(), 1, Integer::sum);
                }
            }
            String href = PerformanceAccess.DASHBOARD + "/figures/" + figure.key() + "?from=" + query.period().from() + "&to="
                    + query.period().to() + "&team=" + teamId + "&met=" + worseWhenMet;
            shown.add(new TeamFigure("performance-" + figure.key(), worseWhenMet ? figure.label() : figure.label() + ": not met",
                    href, byChild));
        }
        return shown;
    }
}
