package org.opencsc.protection.chair;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
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

    private final ChairView chairView;
    private final Escalations escalations;
    private final ReviewConferences reviews;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ChairPagesController(ChairView chairView, Escalations escalations, ReviewConferences reviews, PersonRepository people,
                         CurrentUsers currentUsers, Clock clock) {
        this.chairView = chairView;
        this.escalations = escalations;
        this.reviews = reviews;
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
        ChildProtectionPlan plan = planForChair(planId, currentUsers.current(), request);
        model.addAttribute("form", new TextForm(null));
        return showEscalation(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/escalation")
    String escalate(@PathVariable long planId, @ModelAttribute("form") TextForm form, Model model,
                    HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = planForChair(planId, user, request);
        Problems problems = new Problems();
        try {
            escalations.raise(planId, form.text(), user, AccessLog.Channel.WEB);
            return "redirect:/chair?escalated";
        } catch (ValidationException v) {
            v.problems().forEach(p -> problems.add("text", p.message()));
        } catch (ConflictException c) {
            problems.add("text", c.getMessage());
        }
        return showEscalation(plan, problems, model);
    }

    @GetMapping("/escalations/{id}/response")
    String responseForm(@PathVariable long id, Model model, HttpServletRequest request) {
        Escalation e = escalationForManager(id, currentUsers.current(), request);
        model.addAttribute("form", new TextForm(null));
        return showResponse(e, new Problems(), model);
    }

    @PostMapping("/escalations/{id}/response")
    String respond(@PathVariable long id, @ModelAttribute("form") TextForm form, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        Escalation e = escalationForManager(id, user, request);
        Problems problems = new Problems();
        try {
            escalations.respond(id, form.text(), user, AccessLog.Channel.WEB);
            return "redirect:/people/" + e.personId() + "?escalationAnswered";
        } catch (ValidationException v) {
            v.problems().forEach(p -> problems.add("text", p.message()));
        } catch (ConflictException c) {
            problems.add("text", c.getMessage());
        }
        return showResponse(e, problems, model);
    }

    private ChildProtectionPlan planForChair(long planId, CurrentUser user, HttpServletRequest request) {
        if (!user.is(Role.CONFERENCE_CHAIR)) {
            throw new RecordAccessDeniedException("Only a child protection chair can escalate a concern about a plan");
        }
        ChildProtectionPlan plan = reviews.plan(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            throw new ConflictException("This child protection plan has ended");
        }
        return plan;
    }

    private Escalation escalationForManager(long id, CurrentUser user, HttpServletRequest request) {
        if (!user.is(Role.TEAM_MANAGER)) {
            throw new RecordAccessDeniedException("Only a team manager can respond to a chair’s escalation");
        }
        Escalation e = escalations.find(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!e.open()) {
            throw new ConflictException("This escalation was answered on " + org.opencsc.platform.web.Dates.govuk(e.respondedOn()));
        }
        return e;
    }

    private String showEscalation(ChildProtectionPlan plan, Problems problems, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("child", people.find(plan.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        return "protection/chair/escalation";
    }

    private String showResponse(Escalation e, Problems problems, Model model) {
        model.addAttribute("escalation", e);
        model.addAttribute("child", people.find(e.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        return "protection/chair/escalation-response";
    }
}
