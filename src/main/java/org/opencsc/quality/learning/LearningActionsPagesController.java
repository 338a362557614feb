package org.opencsc.quality.learning;

import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.workforce.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of learning actions: an audit's and a round's (with the add form), the QA team's list, and one action. */
@Controller
class LearningActionsPagesController {

    private final LearningActions actions;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;

    LearningActionsPagesController(LearningActions actions, CurrentUsers currentUsers, StaffDirectory staff) {
        this.actions = actions;
        this.currentUsers = currentUsers;
        this.staff = staff;
    }

    @GetMapping("/quality/audits/{id}/learning-actions")
    String audit(@PathVariable long id, HttpServletRequest request, Model model) {
        return auditPage(id, LearningActionForm.empty(), new Problems(), request, model);
    }

    @PostMapping("/quality/audits/{id}/learning-actions")
    String addToAudit(@PathVariable long id, @ModelAttribute("form") LearningActionForm form, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        LearningActionInput in = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                actions.addToAudit(id, in, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
                return "redirect:/quality/audits/" + id + "/learning-actions?added";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return auditPage(id, form, problems, request, model);
    }

    private String auditPage(long id, LearningActionForm form, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        LearningActions.AuditActions audit = actions.forAudit(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("audit", audit);
        model.addAttribute("heading", "Learning actions from the audit of " + audit.childName());
        model.addAttribute("caption", audit.audit().roundTitle());
        model.addAttribute("list", audit.actions());
        model.addAttribute("formAction", "/quality/audits/" + id + "/learning-actions");
        model.addAttribute("back", "/quality/audits/" + id);
        return page(user, form, problems, model);
    }

    @GetMapping("/quality/rounds/{id}/learning-actions")
    String round(@PathVariable long id, Model model) {
        return roundPage(id, LearningActionForm.empty(), new Problems(), model);
    }

    @PostMapping("/quality/rounds/{id}/learning-actions")
    String addToRound(@PathVariable long id, @ModelAttribute("form") LearningActionForm form, Model model) {
        Problems problems = new Problems();
        LearningActionInput in = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                actions.addToRound(id, in, currentUsers.current());
                return "redirect:/quality/rounds/" + id + "/learning-actions?added";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return roundPage(id, form, problems, model);
    }

    private String roundPage(long id, LearningActionForm form, Problems problems, Model model) {
        CurrentUser user = currentUsers.current();
        LearningActions.RoundActions round = actions.forRound(id, user);
        model.addAttribute("heading", "Learning actions from the round’s findings");
        model.addAttribute("caption", round.roundTitle());
        model.addAttribute("list", round.actions());
        model.addAttribute("formAction", "/quality/rounds/" + id + "/learning-actions");
        model.addAttribute("back", "/quality/rounds/" + id);
        return page(user, form, problems, model);
    }

    private String page(CurrentUser user, LearningActionForm form, Problems problems, Model model) {
        boolean adds = QualityAccess.isQaTeam(user);
        model.addAttribute("adds", adds);
        if (adds) {
            model.addAttribute("form", form);
            model.addAttribute("staff", staff.owners());
            model.addAttribute("teams", actions.teams());
            model.addAttribute("levels", LearningLevel.values());
        }
        model.addAttribute("errors", problems);
        return "quality/learning/actions";
    }

    @GetMapping("/quality/learning-actions")
    String list(@RequestParam(required = false) String show, Model model) {
        LearningActionRepository.Show chosen = LearningActionsApiController.show(show);
        model.addAttribute("show", chosen.name());
        model.addAttribute("list", actions.list(chosen, currentUsers.current()));
        return "quality/learning/list";
    }

    @GetMapping("/quality/learning-actions/{id}")
    String action(@PathVariable long id, HttpServletRequest request, Model model) {
        return actionPage(id, null, new Problems(), request, model);
    }

    @PostMapping("/quality/learning-actions/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) String evidence, @RequestParam(required = false) String version,
                HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        Integer v = null;
        try {
            v = WholeNumbers.parseInt(version).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add("version", "The page was not sent whole: open the action again");
        }
        if (problems.isEmpty()) {
            try {
                actions.complete(id, evidence, v, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
                return "redirect:/quality/learning-actions/" + id + "?done";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("evidence", e.getMessage());
            }
        }
        return actionPage(id, evidence, problems, request, model);
    }

    private String actionPage(long id, String evidence, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        LearningAction a = actions.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("a", a);
        model.addAttribute("completes", LearningActions.mayComplete(a, user));
        model.addAttribute("evidence", evidence);
        model.addAttribute("errors", problems);
        return "quality/learning/action";
    }
}
