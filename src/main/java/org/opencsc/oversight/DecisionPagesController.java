package org.opencsc.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.IntStream;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
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

/** A child's decision log: everyone who can see the record reads it; managers record decisions on the same page. */
@Controller
class DecisionPagesController {

    private final Decisions decisions;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;

    DecisionPagesController(Decisions decisions, PersonRepository people, CurrentUsers currentUsers, StaffDirectory staff) {
        this.staff = staff;
        this.decisions = decisions;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("kinds")
    DecisionKind[] kinds() {
        return DecisionKind.values();
    }

    @GetMapping("/people/{id}/decisions")
    String log(@PathVariable long id, HttpServletRequest request, Model model) {
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
        model.addAttribute("decisions", decisions.forChild(id, user, AccessLog.Channel.WEB, request.getRequestURI()));
        model.addAttribute("child", people.find(id).orElseThrow(() -> new NotFoundException("There is no person " + id)));
        model.addAttribute("canRecord", Oversights.canRecord(user.role()) && user.role().recordsOnCases());
        model.addAttribute("alternativeRows", IntStream.range(0, DecisionForm.ALTERNATIVE_ROWS).boxed().toList());
        model.addAttribute("actionRows", IntStream.range(0, ActionRows.ROWS).boxed().toList());
        model.addAttribute("staff", staff.owners());
        model.addAttribute("errors", problems);
        return "oversight/decisions";
    }
}
