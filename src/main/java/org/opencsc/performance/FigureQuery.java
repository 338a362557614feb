package org.opencsc.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * What a figure is asked for: the period, today (for "as at now" figures and ages), and the teams
 * whose children it counts; no teams is the whole council. A child counts for a team when the
 * team held the child (an allocation covering the date the figure looks at: {@link Definitions#heldBy}).
 */
public record FigureQuery(Period period, LocalDate today, List<Long> teamIds) {

    public FigureQuery {
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        if (period.to().isAfter(today)) {
            throw new IllegalArgumentException("A period ends today or earlier");
        }
    }

    public static FigureQuery council(Period period, LocalDate today) {
        return new FigureQuery(period, today, List.of());
    }

    public boolean wholeCouncil() {
        return teamIds.isEmpty();
    }

    /** The team ids as a SQL array parameter ({@code :teams}); never empty, so the SQL stays valid. */
    public Long[] teamsParam() {
        return wholeCouncil() ? new Long[] {-1L} : teamIds.toArray(Long[]::new);
    }
}
