package org.opencsc.workforce;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Redaction;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page (a worker's due and overdue work, then their caseload; a manager's teams'
 * children) and the team work page, where a manager sees what is due across a team, oldest first.
 */
@Controller
class MyWorkController {

    private final CurrentUsers currentUsers;
    private final AllocationRepository allocations;
    private final DueWork dueWork;
    private final Supervisions supervisions;
    private final Redaction redaction;
    private final Attention attention;
    private final CaseholderRepository caseholders;
    private final List<TeamFigureSource> figureSources;

    MyWorkController(CurrentUsers currentUsers, AllocationRepository allocations, DueWork dueWork, Supervisions supervisions,
                     Redaction redaction, Attention attention, CaseholderRepository caseholders, List<TeamFigureSource> figureSources) {
        this.caseholders = caseholders;
        this.figureSources = figureSources;
        this.redaction = redaction;
        this.attention = attention;
        this.currentUsers = currentUsers;
        this.allocations = allocations;
        this.dueWork = dueWork;
        this.supervisions = supervisions;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        CurrentUser user = currentUsers.current();
        boolean manager = user.role().isManager();
        model.addAttribute("manager", manager);
        model.addAttribute("attention", attention.itemsFor(user));
        if (user.role().scope() != Role.Scope.NONE) {
            List<CaseloadEntry> caseload = manager
                    ? allocations.caseload(null, user.visibleTeamIds(), 200)
                    : allocations.caseload(user.id(), Set.of(), 200);
            // A restricted child the viewer is not named on keeps the line (the allocation) without the child, last.
            model.addAttribute("caseload", redaction.apply(user, caseload, c -> List.of(c.personId()), (c, sight) -> c.withoutChild())
                    .stream().sorted(Comparator.comparing(CaseloadEntry::withheld)).toList());
            // Everyone who works on cases has work of their own: a manager's authorisations and escalation responses,
            // a chair's reviews, a duty worker's contacts, anyone's actions, beside their caseload's.
            if (user.role().recordsOnCases()) {
                model.addAttribute("work", dueWork.mine(user));
            }
        }
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
