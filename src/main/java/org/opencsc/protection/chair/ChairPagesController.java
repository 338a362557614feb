package org.opencsc.protection.chair;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
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

/** The chair's view of their children, a chair's escalation, and the team manager's response to it. */
@Controller
class ChairPagesController {

    /** The escalation or response page as typed. */
    public record TextForm(String text) {
    }

    private static final String ESCALATION = "Escalate a concern about the plan’s progress";
    private static final String ESCALATED = "a concern about its progress is escalated";
    private static final String RESPONSE = "Respond to the chair’s escalation";

    private final ChairView chairView;
    private final Escalations escalations;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ChairPagesController(ChairView chairView, Escalations escalations, PersonRepository people,
                         CurrentUsers currentUsers, Clock clock) {
        this.chairView = chairView;
        this.escalations = escalations;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/chair")
    String chair(Model model) {
        model.addAttribute("cases", chairView.casesOf(currentUsers.current()));
        model.addAttribute("today", LocalDate.now(clock));
        return "protection/chair/chair";
    }

    @GetMapping("/plans/{planId}/escalation")
    String escalationForm(@PathVariable long planId, Model model, HttpServletRequest request) {
        ChildProtectionPlan plan = escalations.planForEscalation(planId, currentUsers.current(), AccessLog.Channel.WEB,
                request.getRequestURI());
        if (!plan.open()) {
            return StepClosedPage.show(model, child(plan.personId()), ESCALATION, StepClosedPage.planEnded(plan, ESCALATED),
                    StepClosedPage.endedPlan(plan));
        }
        model.addAttribute("form", new TextForm(null));
        return showEscalation(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/escalation")
    String escalate(@PathVariable long planId, @ModelAttribute("form") TextForm form, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = escalations.planForEscalation(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            return planEnded(plan, model, response);
        }
        Problems problems = new Problems();
        try {
            escalations.raise(planId, form.text(), user, AccessLog.Channel.WEB);
            return "redirect:/chair?escalated";
        } catch (ValidationException v) {
            v.problems().forEach(p -> problems.add("text", p.message()));
        } catch (ConflictException c) {
            // Ended by a review conference while this form was open.
            return planEnded(escalations.planForEscalation(planId, user, AccessLog.Channel.WEB, request.getRequestURI()),
                    model, response);
        }
        return showEscalation(plan, problems, model);
    }

    @GetMapping("/escalations/{id}/response")
    String responseForm(@PathVariable long id, Model model, HttpServletRequest request) {
        Escalation e = escalations.forResponse(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
        if (!e.open()) {
            return StepClosedPage.show(model, child(e.personId()), RESPONSE, Escalations.alreadyAnswered(e), answered(e));
        }
        model.addAttribute("form", new TextForm(null));
        return showResponse(e, new Problems(), model);
    }

    @PostMapping("/escalations/{id}/response")
    String respond(@PathVariable long id, @ModelAttribute("form") TextForm form, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        Escalation e = escalations.forResponse(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!e.open()) {
            return alreadyAnswered(e, model, response);
        }
        Problems problems = new Problems();
        try {
            escalations.respond(id, form.text(), user, AccessLog.Channel.WEB);
            return "redirect:/people/" + e.personId() + "?escalationAnswered";
        } catch (ValidationException v) {
            v.problems().forEach(p -> problems.add("text", p.message()));
        } catch (ConflictException c) {
            // Answered by someone else while this form was open: show their answer.
            return alreadyAnswered(escalations.forResponse(id, user, AccessLog.Channel.WEB, request.getRequestURI()),
                    model, response);
        }
        return showResponse(e, problems, model);
    }

    private String planEnded(ChildProtectionPlan plan, Model model, HttpServletResponse response) {
        return StepClosedPage.refuse(response, model, child(plan.personId()), ESCALATION,
                StepClosedPage.planEnded(plan, ESCALATED), StepClosedPage.endedPlan(plan));
    }

    private String alreadyAnswered(Escalation e, Model model, HttpServletResponse response) {
        return StepClosedPage.refuse(response, model, child(e.personId()), RESPONSE, Escalations.alreadyAnswered(e), answered(e));
    }

    private static List<StepClosedPage.Row> answered(Escalation e) {
        return List.of(new StepClosedPage.Row("Raised", Dates.govuk(e.raisedOn()) + " by " + e.raisedBy()),
                new StepClosedPage.Row("Concern", e.concern()),
                new StepClosedPage.Row("Answered", Dates.govuk(e.respondedOn()) + " by " + e.respondedBy()),
                new StepClosedPage.Row("Response", e.response()));
    }

    private Person child(long personId) {
        return people.find(personId).orElseThrow();
    }

    private String showEscalation(ChildProtectionPlan plan, Problems problems, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("child", child(plan.personId()));
        model.addAttribute("errors", problems);
        return "protection/chair/escalation";
    }

    private String showResponse(Escalation e, Problems problems, Model model) {
        model.addAttribute("escalation", e);
        model.addAttribute("child", child(e.personId()));
        model.addAttribute("errors", problems);
        return "protection/chair/escalation-response";
    }
}
