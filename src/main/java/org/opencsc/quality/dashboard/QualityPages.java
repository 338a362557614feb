package org.opencsc.quality.dashboard;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.performance.CouncilTeams;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the dashboard's pages share: who may open them, the filter as typed and the teams to choose from. */
@Component
class QualityPages {

    private final CouncilTeams teams;
    private final Clock clock;

    QualityPages(CouncilTeams teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    static CurrentUser allowed(CurrentUser user) {
        if (!QualityDashboardAccess.canSee(user.role())) {
            throw new AccessDeniedException(QualityDashboardAccess.refusal());
        }
        return user;
    }

    QualityFilter filter(CurrentUser user, String from, String to, List<String> team) {
        return QualityFilter.parse(from, to, team, user, LondonTime.today(clock), teams);
    }

    /** The filter's fields, its problems and the team choices (a manager's own teams only) on the page. */
    void addFilter(Model model, CurrentUser user, QualityFilter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.problems());
        Set<Long> own = QualityDashboardAccess.ownTeams(user);
        boolean every = QualityDashboardAccess.seesEveryTeam(user.role());
        Map<String, List<CouncilTeams.Team>> options = new LinkedHashMap<>();
        teams.byServiceArea().forEach((area, list) -> {
            List<CouncilTeams.Team> mine = list.stream().filter(t -> every || own.contains(t.id())).toList();
            if (!mine.isEmpty()) {
                options.put(area, mine);
            }
        });
        model.addAttribute("teamOptions", options);
        model.addAttribute("offersWholeCouncil", every);
        model.addAttribute("period", filter.valid() ? filter.query().period() : null);
        model.addAttribute("wholeCouncil", filter.valid() ? filter.query().wholeCouncil() : filter.teams().contains(QualityFilter.ALL));
        Set<Long> selected = new HashSet<>();
        if (filter.valid()) {
            selected.addAll(filter.query().teamIds());
        }
        model.addAttribute("selectedTeams", selected);
        if (filter.valid()) {
            model.addAttribute("params", filter.params());
            model.addAttribute("links", new DrillLinks(filter.params()));
            model.addAttribute("teamNames", teamNames(filter.query()));
        }
    }

    String teamNames(QualityQuery query) {
        if (query.wholeCouncil()) {
            return "the whole council";
        }
        Set<Long> ids = new HashSet<>(query.teamIds());
        List<String> names = teams.all().stream().filter(t -> ids.contains(t.id())).map(CouncilTeams.Team::name).toList();
        return names.isEmpty() ? "no team" : String.join(", ", names);
    }
}
