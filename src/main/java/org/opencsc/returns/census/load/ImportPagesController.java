package org.opencsc.returns.census.load;

import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An import's result and the children whose match was uncertain: for each, a data officer
 * chooses "the same child as record X" (one of the candidates) or "a new child", and the child
 * is loaded then.
 */
@Controller
class ImportPagesController {

    private final CensusImport imports;
    private final ImportCandidates candidates;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    ImportPagesController(CensusImport imports, ImportCandidates candidates, CurrentUsers currentUsers, AccessLog accessLog) {
        this.imports = imports;
        this.candidates = candidates;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    @GetMapping("/returns/cin-census/imports/{id}")
    String show(@PathVariable long id, Model model) {
        page(id, currentUsers.current(), new Problems(), Map.of(), model);
        return "returns/census/load/import";
    }

    @PostMapping("/returns/cin-census/imports/{id}/children/{childId}")
    String decide(@PathVariable long id, @PathVariable long childId, @RequestParam(required = false) String choice,
                  Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        String field = "choice-" + childId;
        if (choice == null || choice.isBlank()) {
            problems.add(field, "Choose whether this is the same child as a record listed, or a new child");
        } else if (!choice.equals("NEW") && !choice.matches("[0-9]{1,18}")) {
            problems.add(field, "Choose one of the records listed, or a new child");
        } else {
            try {
                imports.decide(childId, choice.equals("NEW") ? null : Long.valueOf(choice), user);
                return "redirect:/returns/cin-census/imports/" + id + "?decided=" + childId;
            } catch (ValidationException e) {
                problems.add(field, e.problems().getFirst().message());
            } catch (ConflictException e) {
                problems.add(field, e.getMessage());
            }
        }
        page(id, user, problems, Map.of(field, choice == null ? "" : choice), model);
        return "returns/census/load/import";
    }

    /**
     * The page shows the candidates' names and dates of birth, so it is in the access log as a
     * listing: the records shown, and those withheld (restricted records the user is not named on).
     */
    private void page(long id, CurrentUser user, Problems problems, Map<String, String> typed, Model model) {
        // uncertain() refuses anyone but a data officer (returns.CensusAccess) before anything is read.
        List<UncertainChild> children = imports.uncertain(id, user);
        ImportResult result = imports.find(id).orElseThrow(() -> new NotFoundException("There is no census import " + id));
        Map<Long, MatchCandidate> shown = candidates.describe(children.stream().filter(c -> !c.decided())
                .flatMap(c -> c.candidateIds().stream()).distinct().toList(), user);
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, "/returns/cin-census/imports/" + id,
                "CIN census import " + id + ": the records uncertain children may be",
                shown.values().stream().filter(c -> !c.withheld()).map(MatchCandidate::id).sorted().toList(),
                shown.values().stream().filter(MatchCandidate::withheld).map(MatchCandidate::id).sorted().toList());
        model.addAttribute("result", result);
        model.addAttribute("children", children);
        model.addAttribute("candidates", shown);
        model.addAttribute("errors", problems);
        model.addAttribute("typed", typed);
    }
}
