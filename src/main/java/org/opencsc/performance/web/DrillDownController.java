package org.opencsc.performance.web;

import java.time.Clock;
import java.util.List;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.performance.Figure;
import org.opencsc.performance.Figures;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A figure's children: the rows behind its number, each child linked to their record when the viewer may open it. */
@Controller
class DrillDownController {

    /** Lines listed on the page; the API lists every one. */
    static final int PAGE_LINES = 500;

    private final CurrentUsers currentUsers;
    private final Figures figures;
    private final CouncilTeams teams;
    private final DrillDowns drillDowns;
    private final Clock clock;

    DrillDownController(CurrentUsers currentUsers, Figures figures, CouncilTeams teams, DrillDowns drillDowns, Clock clock) {
        this.currentUsers = currentUsers;
        this.figures = figures;
        this.teams = teams;
        this.drillDowns = drillDowns;
        this.clock = clock;
    }

    @GetMapping(PerformanceAccess.DASHBOARD + "/figures/{key}")
    String figure(@PathVariable String key, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(name = "team", required = false) List<String> team,
                  @RequestParam(required = false) String bucket, @RequestParam(required = false) String met, Model model) {
        CurrentUser user = DashboardController.allowed(currentUsers.current());
        Figure figure = figures.byKey(key).orElseThrow(() -> new NotFoundException("There is no figure " + key));
        FigureFilter filter = FigureFilter.parse(from, to, team, PerformanceAccess.defaultTeams(user), LondonTime.today(clock), teams);
        Problems problems = filter.problems();
        Boolean onlyMet = DrillDowns.parseMet(met, problems);
        model.addAttribute("figure", figure);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", problems);
        model.addAttribute("teamOptions", teams.byServiceArea());
        model.addAttribute("period", filter.valid() ? filter.query().period() : null);
        model.addAttribute("wholeCouncil", filter.valid() ? filter.query().wholeCouncil() : filter.teams().contains(FigureFilter.ALL));
        model.addAttribute("selectedTeams", filter.valid() ? new java.util.HashSet<>(filter.query().teamIds()) : java.util.Set.of());
        model.addAttribute("bucket", bucket);
        model.addAttribute("met", met);
        if (problems.isEmpty()) {
            DrillDowns.Result result = drillDowns.drill(user, figure, filter, bucket, onlyMet, PAGE_LINES, AccessLog.Channel.WEB,
                    PerformanceAccess.DASHBOARD + "/figures/" + key, problems);
            model.addAttribute("result", result);
            model.addAttribute("dashboardLink", PerformanceAccess.DASHBOARD + "?" + filter.params());
            model.addAttribute("allLink", PerformanceAccess.DASHBOARD + "/figures/" + key + "?" + filter.params());
            model.addAttribute("teamNames", Dashboards.teamNames(teams, filter.query()));
        }
        return "performance/figure";
    }
}
