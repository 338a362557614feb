package org.opencsc.performance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.Period;
import org.opencsc.platform.validation.Problems;

/**
 * The filter a page or the API was sent ({@code from}, {@code to}, {@code team} repeated), as
 * typed, and the query it means, or the problems with it (the query is then null). No team is the
 * viewer's default teams, given by the caller; "whole council" is sent as no team with
 * {@code council=true} on pages, and as {@code team=all} anywhere.
 */
record FigureFilter(String from, String to, List<String> teams, FigureQuery query, Problems problems) {

    static final String ALL = "all";

    static FigureFilter parse(String from, String to, List<String> teams, List<Long> defaultTeams, LocalDate today,
                              CouncilTeams councilTeams) {
        Problems problems = new Problems();
        List<String> typed = teams == null ? List.of() : teams.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
        Period period = Period.parse(from, to, today, problems);
        Set<Long> ids = new LinkedHashSet<>();
        List<String> notNumbers = new ArrayList<>();
        boolean council = typed.contains(ALL);
        for (String t : typed) {
            if (t.equals(ALL)) {
                continue;
            }
            try {
                ids.add(Long.parseLong(t));
            } catch (NumberFormatException e) {
                notNumbers.add(t);
            }
        }
        if (!notNumbers.isEmpty()) {
            problems.add("team", "Choose teams from the list: " + String.join(", ", notNumbers) + " is not a team");
        } else if (!ids.isEmpty()) {
            Set<Long> unknown = councilTeams.unknown(ids);
            if (!unknown.isEmpty()) {
                problems.add("team", "There is no team " + unknown.stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse("") + ": choose teams from the list");
            }
        }
        if (council && !ids.isEmpty()) {
            problems.add("team", "Choose the whole council or teams, not both");
        }
        if (!problems.isEmpty()) {
            return new FigureFilter(from, to, typed, null, problems);
        }
        List<Long> chosen = council ? List.of() : ids.isEmpty() ? defaultTeams : List.copyOf(ids);
        return new FigureFilter(from, to, typed, new FigureQuery(period, today, chosen), problems);
    }

    boolean valid() {
        return query != null;
    }

    /** The filter as query parameters, for links that keep it (the drill-down, a bucket): from, to and each team. */
    String params() {
        StringBuilder s = new StringBuilder();
        s.append("from=").append(query.period().from()).append("&to=").append(query.period().to());
        if (query.wholeCouncil()) {
            s.append("&team=").append(ALL);
        } else {
            query.teamIds().forEach(t -> s.append("&team=").append(t));
        }
        return s.toString();
    }
}
