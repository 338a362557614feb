package org.opencsc.protection.enquiry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.step.StepClosedPage;
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

    private static final String HEADING = "Section 47 enquiry outcome";

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
        S47Enquiry e = enquiries.openForOutcome(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
        if (!e.open()) {
            return StepClosedPage.show(model, child(e), HEADING, S47Enquiries.alreadyCompleted(e), recorded(e));
        }
        model.addAttribute("form", new OutcomeForm(null, null, null, null, null, e.version()));
        return showOutcome(e, new Problems(), model);
    }

    @PostMapping("/s47-enquiries/{id}/outcome")
    String outcome(@PathVariable long id, @ModelAttribute("form") OutcomeForm form, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        // Refused before the form is read: who may send it does not depend on what was typed.
        S47Enquiry e = enquiries.openForOutcome(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!e.open()) {
            return alreadyCompleted(e, model, response);
        }
        Problems problems = new Problems();
        LocalDate completed = DateParts.fromParts(form.completedOnDay(), form.completedOnMonth(), form.completedOnYear(),
                "completedOn", "The date the enquiry was completed", problems);
        if (form.version() == null) {
            problems.add("outcome", "The form was sent without the version of the record it was based on, so it cannot be checked against changes made since. Go back to the record, reload this page and try again.");
        }
        if (problems.isEmpty()) {
            try {
                enquiries.complete(id, form.version(), S47Outcome.parse(form.outcome()).orElse(null),
                        form.outcomeReason(), completed, user, AccessLog.Channel.WEB);
                return "redirect:/people/" + e.personId() + "?s47Completed";
            } catch (ValidationException v) {
                problems.addAll(v);
            } catch (ConflictException c) {
                // Someone recorded it while this form was open: show theirs rather than the form again.
                S47Enquiry now = enquiries.openForOutcome(id, user, AccessLog.Channel.WEB, request.getRequestURI());
                if (!now.open()) {
                    return alreadyCompleted(now, model, response);
                }
                problems.add("outcome", c.getMessage());
            }
        }
        return showOutcome(e, problems, model);
    }

    private String alreadyCompleted(S47Enquiry e, Model model, HttpServletResponse response) {
        return StepClosedPage.refuse(response, model, child(e), HEADING, S47Enquiries.alreadyCompleted(e), recorded(e));
    }

    private static List<StepClosedPage.Row> recorded(S47Enquiry e) {
        return List.of(new StepClosedPage.Row("Outcome", e.outcome().label()),
                new StepClosedPage.Row("Reasons", e.outcomeReason()),
                new StepClosedPage.Row("Completed", Dates.govuk(e.completedOn()) + " (recorded by " + e.completedBy() + ")"));
    }

    private Person child(S47Enquiry e) {
        return people.find(e.personId()).orElseThrow();
    }

    private String showOutcome(S47Enquiry e, Problems problems, Model model) {
        model.addAttribute("enquiry", e);
        model.addAttribute("child", child(e));
        model.addAttribute("errors", problems);
        return "protection/enquiry/s47-outcome";
    }
}
