package org.opencsc.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.util.List;
import org.opencsc.performance.ComputedFigures;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureCache;
import org.opencsc.performance.Figures;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's figures over HTTP, and each figure's rows with the child ids the caller may
 * open. Same rules as the pages: every role that reads records but the contact officer; counts
 * include every child; a child the caller may not open is only counted.
 */
@ApiController("/api/v1/performance/figures")
class PerformanceApiController {

    private static final String FILTER = " from and to are London dates (YYYY-MM-DD; both left out: the 12 months to today; "
            + "to at most today, at most 10 years long); team is a team id, repeated for several, or all for the whole council; "
            + "no team is the caller's usual view (a manager's service area, a worker's teams, the whole council for "
            + "council-wide roles). A bad from, to or team is answered 400 naming it.";

    private final CurrentUsers currentUsers;
    private final Figures figures;
    private final FigureCache cache;
    private final CouncilTeams teams;
    private final DrillDowns drillDowns;
    private final AccessLog accessLog;
    private final Clock clock;

    PerformanceApiController(CurrentUsers currentUsers, Figures figures, FigureCache cache, CouncilTeams teams,
                             DrillDowns drillDowns, AccessLog accessLog, Clock clock) {
        this.currentUsers = currentUsers;
        this.figures = figures;
        this.cache = cache;
        this.teams = teams;
        this.drillDowns = drillDowns;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Operation(summary = "Every performance figure for a period and teams",
            description = "Each figure's key, label, definition, count, met, share and buckets, as the dashboard shows them. "
                    + "The figures can be a few minutes old (asOf)." + FILTER)
    @GetMapping
    FigureAnswer.Dashboard all(@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
                               @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
                               @Parameter(description = "A team id (repeatable), or all") @RequestParam(name = "team", required = false) List<String> team) {
        CurrentUser user = DashboardController.allowed(currentUsers.current());
        FigureFilter filter = filter(user, from, to, team);
        filter.problems().throwIfAny();
        ComputedFigures computed = cache.get(filter.query());
        accessLog.recordSearch(user.username(), AccessLog.Channel.API, "/api/v1/performance/figures",
                "Performance dashboard " + Dashboards.describe(filter.query()), List.of(), List.of());
        return FigureAnswer.Dashboard.of(filter.query(), computed.asOf(), computed.answered(figures.all()).stream()
                .map(a -> FigureAnswer.Summary.of(a.figure(), a.result())).toList());
    }

    @Operation(summary = "One performance figure with the rows behind it",
            description = "The figure as in the list, and its rows (optionally one bucket's, only those met or not met), each "
                    + "with the child's id: a row about a child the caller may not open is not listed, and is counted in "
                    + "withheld (a restricted child is listed only to the users named on it). Written to the access log with "
                    + "the children listed." + FILTER + " An unknown key is 404; a bad bucket or met is 400 naming it.")
    @GetMapping("/{key}")
    FigureAnswer.Detail one(@PathVariable String key,
                            @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
                            @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
                            @Parameter(description = "A team id (repeatable), or all") @RequestParam(name = "team", required = false) List<String> team,
                            @Parameter(description = "A bucket's key (from the figure's buckets): only its rows") @RequestParam(required = false) String bucket,
                            @Parameter(description = "true: only the rows that meet the figure; false: only those that do not") @RequestParam(required = false) String met) {
        CurrentUser user = DashboardController.allowed(currentUsers.current());
        Figure figure = figures.byKey(key).orElseThrow(() -> new NotFoundException("There is no figure " + key));
        FigureFilter filter = filter(user, from, to, team);
        Problems problems = filter.problems();
        Boolean onlyMet = DrillDowns.parseMet(met, problems);
        problems.throwIfAny();
        DrillDowns.Result result = drillDowns.drill(user, figure, filter, bucket, onlyMet, null, AccessLog.Channel.API,
                "/api/v1/performance/figures/" + key, problems);
        problems.throwIfAny();
        FigureAnswer.Summary summary = FigureAnswer.Summary.of(figure, result.whole());
        return new FigureAnswer.Detail(filter.query().period().from(), filter.query().period().to(), filter.query().teamIds(),
                result.asOf(), summary, result.bucket(), result.met(), result.rows(), result.withheldRows(), result.withheldChildren(),
                result.lines().stream().map(l -> new FigureAnswer.Row(l.personId(), l.date(), l.detail(), l.met(), l.bucket(),
                        l.sourceId())).toList());
    }

    private FigureFilter filter(CurrentUser user, String from, String to, List<String> team) {
        return FigureFilter.parse(from, to, team, PerformanceAccess.defaultTeams(user), LondonTime.today(clock), teams);
    }
}
