package org.opencsc.quality.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.performance.Period;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.CurrentUser;

/**
 * The dashboard's filter as typed ({@code from}, {@code to}, {@code team} repeated or {@code all}),
 * and the query it means, or the problems with it (the query is then null). The period follows
 * the performance dashboards' rules ({@link Period#parse}); a team manager may ask only for their
 * own teams, and gets them when asking for none.
 */
record QualityFilter(String from, String to, List<String> teams, QualityQuery query, Problems problems) {

    static final String ALL = "all";

    static QualityFilter parse(String from, String to, List<String> teams, CurrentUser user, LocalDate today,
                               CouncilTeams councilTeams) {
        Problems problems = new Problems();
        List<String> typed = teams == null ? List.of() : teams.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
        Period period = Period.parse(from, to, today, problems);
        Set<Long> ids = new LinkedHashSet<>();
        List<String> notNumbers = new ArrayList<>();
        boolean council = typed.contains(ALL);
        for (String t : typed) {
            if (!t.equals(ALL)) {
                try {
                    ids.add(Long.parseLong(t));
                } catch (NumberFormatException e) {
                    notNumbers.add(t);
                }
            }
        }
        Set<Long> own = QualityDashboardAccess.ownTeams(user);
        boolean limited = !QualityDashboardAccess.seesEveryTeam(user.role());
        if (!notNumbers.isEmpty()) {
            problems.add("team", "Choose teams from the list: " + String.join(", ", notNumbers) + " is not a team");
        } else if (!ids.isEmpty()) {
            Set<Long> unknown = councilTeams.unknown(ids);
            Set<Long> notOwn = new TreeSet<>(ids);
            notOwn.removeAll(own);
            if (!unknown.isEmpty()) {
                problems.add("team", "There is no team " + join(unknown) + ": choose teams from the list");
            } else if (limited && !notOwn.isEmpty()) {
                problems.add("team", "You can see the audits of your own teams only: choose teams from the list");
            }
        }
        if (council && limited) {
            problems.add("team", "You can see the audits of your own teams only, not the whole council’s");
        } else if (council && !ids.isEmpty()) {
            problems.add("team", "Choose the whole council or teams, not both");
        }
        if (!problems.isEmpty()) {
            return new QualityFilter(from, to, typed, null, problems);
        }
        List<Long> chosen = council ? List.of() : ids.isEmpty() ? QualityDashboardAccess.defaultTeams(user) : List.copyOf(ids);
        if (limited && chosen.isEmpty()) {
            // A manager in no team: nothing of theirs to count, rather than the whole council.
            chosen = List.of(-1L);
        }
        return new QualityFilter(from, to, typed, new QualityQuery(period, today, chosen), problems);
    }

    private static String join(Set<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    boolean valid() {
        return query != null;
    }

    /** The filter as query parameters, for links that keep it: from, to and each team (or all). */
    String params() {
        StringBuilder s = new StringBuilder("from=").append(query.period().from()).append("&to=").append(query.period().to());
        if (query.wholeCouncil()) {
            s.append("&team=").append(ALL);
        } else {
            query.teamIds().forEach(t -> s.append("&team=").append(t));
        }
        return s.toString();
    }
}
