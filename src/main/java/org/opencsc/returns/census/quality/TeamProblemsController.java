package org.opencsc.returns.census.quality;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list behind Team work's census figures: each census problem of the children a team (or one
 * of its workers) holds, by child, linked to where it is fixed. For the team's managers, as Team
 * work is; a child whose record the manager may not open keeps its lines, without who it is.
 */
@Controller
class TeamProblemsController {

    static final String PATH = "/returns/cin-census/team-problems";

    private final CurrentUsers currentUsers;
    private final HeldChildren held;
    private final CensusQuality quality;
    private final Redaction redaction;

    TeamProblemsController(CurrentUsers currentUsers, HeldChildren held, CensusQuality quality, Redaction redaction) {
        this.currentUsers = currentUsers;
        this.held = held;
        this.quality = quality;
        this.redaction = redaction;
    }

    static String path(long teamId, Long workerId) {
        return PATH + "?teamId=" + teamId + (workerId == null ? "" : "&workerId=" + workerId);
    }

    record Line(Long personId, String childName, String workerName, ChildProblem problem) {
    }

    @GetMapping(PATH)
    String list(@RequestParam long teamId, @RequestParam(required = false) Long workerId, Model model) {
        CurrentUser user = currentUsers.current();
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Team work is for team and duty managers");
        }
        if (!user.visibleTeamIds().contains(teamId)) {
            throw new NotFoundException("There is no team " + teamId + " in your service area");
        }
        List<HeldChildren.Held> children = held.ofTeam(teamId, workerId);
        var problems = quality.forChildren(children.stream().map(HeldChildren.Held::personId).toList());
        var sights = redaction.of(user, problems.keySet());
        List<Line> lines = new ArrayList<>();
        for (HeldChildren.Held c : children) {
            for (ChildProblem p : problems.getOrDefault(c.personId(), List.of())) {
                lines.add(sights.open(c.personId()) ? new Line(c.personId(), c.childName(), c.workerName(), p)
                        : new Line(null, null, c.workerName(), new ChildProblem(p.personId(), p.code(), p.type(), p.dfeMessage(), p.says(), null)));
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("teamName", children.isEmpty() ? "" : children.getFirst().teamName());
        model.addAttribute("teamId", teamId);
        model.addAttribute("errors", lines.stream().filter(l -> l.problem().error()).count());
        model.addAttribute("queries", lines.stream().filter(l -> !l.problem().error()).count());
        model.addAttribute("year", quality.currentYear());
        return "returns/census/quality/team-problems";
    }
}
