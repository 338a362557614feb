package org.opencsc.protection.enquiry;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a Section 47 enquiry's outcome (the initial conference that may follow is conference.InitialConferencePagesController). */
@Controller
class S47OutcomePagesController {

    /** The outcome page as typed. */
    public record OutcomeForm(String outcome, String outcomeReason, String completedOnDay, String completedOnMonth,
                              String completedOnYear, Integer version) {
    }

    private final S47Enquiries enquiries;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;

    S47OutcomePagesController(S47Enquiries enquiries, PersonRepository people, CurrentUsers currentUsers) {
        this.enquiries = enquiries;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("outcomes")
    S47Outcome[] outcomes() {
        return S47Outcome.values();
    }

    @GetMapping("/s47-enquiries/{id}/outcome")
    String outcomeForm(@PathVariable long id, Model model, HttpServletRequest request) {
        S47Enquiry e = enquiries.open(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("form", new OutcomeForm(null, null, null, null, null, e.version()));
        return showOutcome(e, new Problems(), model);
    }

    @PostMapping("/s47-enquiries/{id}/outcome")
    String outcome(@PathVariable long id, @ModelAttribute("form") OutcomeForm form, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        S47Enquiry e = enquiries.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        Problems problems = new Problems();
        LocalDate completed = DateParts.fromParts(form.completedOnDay(), form.completedOnMonth(), form.completedOnYear(),
                "completedOn", "The date the enquiry was completed", problems);
        if (problems.isEmpty()) {
            try {
                enquiries.complete(id, form.version() == null ? -1 : form.version(), S47Outcome.parse(form.outcome()).orElse(null),
                        form.outcomeReason(), completed, user, AccessLog.Channel.WEB);
                return "redirect:/people/" + e.personId() + "?s47Completed";
            } catch (ValidationException v) {
                problems.addAll(v);
            } catch (ConflictException c) {
                problems.add("outcome", c.getMessage());
            }
        }
        return showOutcome(e, problems, model);
    }

    private String showOutcome(S47Enquiry e, Problems problems, Model model) {
        model.addAttribute("enquiry", e);
        model.addAttribute("child", people.find(e.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        return "protection/enquiry/s47-outcome";
    }
}
