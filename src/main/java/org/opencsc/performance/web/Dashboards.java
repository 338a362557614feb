package org.opencsc.performance.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.performance.ComputedFigures;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.performance.FigureCache;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.Figures;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * Puts a dashboard on a page: the filter as typed (with its problems), the figures of every
 * group (children's progress first) for it, how fresh they are, and the teams to choose from.
 * Used by the dashboard page and by the homes that open on one (a senior leader's, a team
 * manager's), which include its fragments. Every view is in the access log, with its filter.
 */
@Service
@NamedInterface("dashboards")
public class Dashboards {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A group of figures on the page, with an id for its heading. */
    record Section(String id, String label, List<FigureView> figures) {
    }

    private final Figures figures;
    private final FigureCache cache;
    private final CouncilTeams teams;
    private final AccessLog accessLog;
    private final Clock clock;

    Dashboards(Figures figures, FigureCache cache, CouncilTeams teams, AccessLog accessLog, Clock clock) {
        this.figures = figures;
        this.cache = cache;
        this.teams = teams;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Adds the dashboard for the filter typed (nulls and no teams: the viewer's default) to the
     * model; returns false, with the problems as "errors" and nothing counted, when the filter is wrong.
     */
    public boolean addTo(Model model, CurrentUser user, String from, String to, List<String> team, String path) {
        FigureFilter filter = FigureFilter.parse(from, to, team, PerformanceAccess.defaultTeams(user), LondonTime.today(clock), teams);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.problems());
        model.addAttribute("teamOptions", teams.byServiceArea());
        if (!filter.valid()) {
            model.addAttribute("selectedTeams", selectedTyped(filter));
            model.addAttribute("wholeCouncil", filter.teams().contains(FigureFilter.ALL));
            return false;
        }
        FigureQuery query = filter.query();
        ComputedFigures computed = cache.get(query);
        String params = filter.params();
        List<Section> sections = new ArrayList<>();
        for (FigureGroup group : FigureGroup.values()) {
            List<FigureView> views = computed.answered(figures.in(group)).stream()
                    .map(a -> FigureView.of(a.figure(), a.result(), params)).toList();
            if (!views.isEmpty()) {
                sections.add(new Section(group.name().toLowerCase().replace('_', '-'), group.label(), views));
            }
        }
        model.addAttribute("sections", sections);
        model.addAttribute("asOf", asOf(computed.asOf()));
        model.addAttribute("period", query.period());
        model.addAttribute("selectedTeams", new HashSet<>(query.teamIds()));
        model.addAttribute("wholeCouncil", query.wholeCouncil());
        model.addAttribute("teamNames", teamNames(teams, query));
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, path, "Performance dashboard " + describe(query),
                List.of(), List.of());
        return true;
    }

    /** "14:05", or "14:05 on 3 December 2026" when the figures are from another day than today. */
    String asOf(Instant at) {
        var when = at.atZone(LondonTime.ZONE);
        String time = TIME.format(when);
        return when.toLocalDate().equals(LondonTime.today(clock)) ? time
                : time + " on " + org.opencsc.platform.web.Dates.govuk(when.toLocalDate());
    }

    static String describe(FigureQuery query) {
        return "from " + query.period().from() + " to " + query.period().to()
                + (query.wholeCouncil() ? ", whole council" : ", teams " + query.teamIds());
    }

    static String teamNames(CouncilTeams teams, FigureQuery query) {
        if (query.wholeCouncil()) {
            return "the whole council";
        }
        Set<Long> ids = new HashSet<>(query.teamIds());
        return String.join(", ", teams.all().stream().filter(t -> ids.contains(t.id())).map(CouncilTeams.Team::name).toList());
    }

    private static Set<Long> selectedTyped(FigureFilter filter) {
        Set<Long> ids = new HashSet<>();
        for (String t : filter.teams()) {
            try {
                ids.add(Long.parseLong(t));
            } catch (NumberFormatException e) {
                // Not a team: the problem says so; nothing to tick.
            }
        }
        return ids;
    }
}
