package org.opencsc.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.IntStream;
import org.opencsc.childrecord.RecordPages;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
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

/**
 * A child's decision log, the "Decisions" page of their record (with its header and
 * sub-navigation): everyone who can see the record reads it; managers record decisions on the same page.
 */
@Controller
class DecisionPagesController {

    private final Decisions decisions;
    private final RecordPages recordPages;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;

    DecisionPagesController(Decisions decisions, RecordPages recordPages, CurrentUsers currentUsers, StaffDirectory staff) {
        this.staff = staff;
        this.decisions = decisions;
        this.recordPages = recordPages;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("kinds")
    DecisionKind[] kinds() {
        return DecisionKind.values();
    }

    @GetMapping("/people/{id}/decisions")
    String log(@PathVariable long id, HttpServletRequest request, Model model) {
        long current = recordPages.resolveMerged(id);
        if (current != id) {
            return "redirect:" + RecordPart.DECISIONS.path(current) + "?mergedFrom=" + id;
        }
        model.addAttribute("form", DecisionForm.empty());
        return show(id, new Problems(), request, model);
    }

    @PostMapping("/people/{id}/decisions")
    String record(@PathVariable long id, @ModelAttribute("form") DecisionForm form, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        DecisionInput input = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                decisions.record(id, input, currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "/decisions?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(id, problems, request, model);
    }

    private String show(long id, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        // Opening the record checks access and logs this page's view once; the log is then read without a second entry.
        recordPages.prepare(id, RecordPart.DECISIONS, user, request, model);
        model.addAttribute("decisions", decisions.forRecordOpened(id, user));
        model.addAttribute("canRecord", Oversights.canRecord(user.role()) && user.role().recordsOnCases());
        model.addAttribute("alternativeRows", IntStream.range(0, DecisionForm.ALTERNATIVE_ROWS).boxed().toList());
        model.addAttribute("actionRows", IntStream.range(0, ActionRows.ROWS).boxed().toList());
        model.addAttribute("staff", staff.owners());
        model.addAttribute("errors", problems);
        return "oversight/decisions";
    }
}
