package org.opencsc.workforce;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My work (a worker's due and overdue work, then their caseload, from {@link MyWork}; a manager's teams'
 * children) and the team work page, where a manager sees what is due across a team, oldest first.
 */
@Controller
class MyWorkController {

    private final CurrentUsers currentUsers;
    private final MyWork myWork;
    private final AllocationRepository allocations;
    private final DueWork dueWork;
    private final Supervisions supervisions;
    private final CaseholderRepository caseholders;
    private final List<TeamFigureSource> figureSources;

    MyWorkController(CurrentUsers currentUsers, MyWork myWork, AllocationRepository allocations, DueWork dueWork, Supervisions supervisions,
                     CaseholderRepository caseholders, List<TeamFigureSource> figureSources) {
        this.myWork = myWork;
        this.caseholders = caseholders;
        this.figureSources = figureSources;
        this.currentUsers = currentUsers;
        this.allocations = allocations;
        this.dueWork = dueWork;
        this.supervisions = supervisions;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        myWork.addTo(model, currentUsers.current());
        return "workforce/my-work";
    }

    @GetMapping("/team-work")
    String teamWork(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long workerId,
                    @RequestParam(required = false) String show, Model model) {
        CurrentUser user = currentUsers.current();
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Team work is for team and duty managers");
        }
        long team = teamId != null ? teamId : dueWork.defaultTeam(user);
        DueWorkList work = dueWork.team(user, team, workerId);
        model.addAttribute("teams", dueWork.teamsFor(user));
        model.addAttribute("teamId", team);
        model.addAttribute("teamName", dueWork.teamsFor(user).stream().filter(t -> t.id() == team).map(TeamOption::name)
                .findFirst().orElse(""));
        model.addAttribute("workerId", workerId);
        model.addAttribute("workers", WorkerSummary.of(allocations.caseloads(Set.of(team)), work));
        boolean overdueOnly = "overdue".equals(show);
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("work", overdueOnly ? work.overdueOnly() : work);
        model.addAttribute("supervision", supervisions.dueForTeam(user, team));
        addFigures(team, workerId, model);
        return "workforce/team-work";
    }

    /** Each feature's figures for the children shown (the page's team or worker), and each worker's children to split them by. */
    private void addFigures(long team, Long workerId, Model model) {
        List<CaseholderRepository.Caseholder> cases = caseholders.openCases(workerId, team);
        Set<Long> children = cases.stream().map(CaseholderRepository.Caseholder::personId).collect(Collectors.toSet());
        model.addAttribute("figures", children.isEmpty() ? List.of()
                : figureSources.stream().flatMap(s -> s.figuresFor(team, workerId, children).stream()).toList());
        model.addAttribute("childrenByWorker", cases.stream().filter(c -> c.workerId() != null).collect(Collectors.groupingBy(
                CaseholderRepository.Caseholder::workerId, Collectors.mapping(CaseholderRepository.Caseholder::personId, Collectors.toSet()))));
    }
}
