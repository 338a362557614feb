package org.opencsc.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
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

/** Writing management oversight with the child's chronology, due work and plan beside the form. */
@Controller
class OversightPagesController {

    private final Oversights oversights;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;
    private final Clock clock;

    OversightPagesController(Oversights oversights, CurrentUsers currentUsers, StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.oversights = oversights;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/oversight/new")
    String form(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("form", OversightForm.empty());
        return show(id, new Problems(), request, model);
    }

    @PostMapping("/people/{id}/oversight/new")
    String record(@PathVariable long id, @ModelAttribute("form") OversightForm form, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        OversightInput input = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                oversights.record(id, input, currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "/chronology?oversightRecorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(id, problems, request, model);
    }

    private String show(long id, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        oversights.checkCanRecord(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("story", oversights.story(id, user, AccessLog.Channel.WEB, request.getRequestURI()));
        model.addAttribute("actionRows", IntStream.range(0, ActionRows.ROWS).boxed().toList());
        model.addAttribute("staff", staff.owners());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", problems);
        return "oversight/oversight-new";
    }
}
