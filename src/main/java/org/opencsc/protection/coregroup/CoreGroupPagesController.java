package org.opencsc.protection.coregroup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
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

/** Recording a core group meeting, from the child's record. */
@Controller
class CoreGroupPagesController {

    /** The core group page as typed. */
    public record CoreGroupForm(String heldOnDay, String heldOnMonth, String heldOnYear, String attendees, String childSeen,
                                String progress, String actions) {
    }

    private static final String HEADING = "Core group meeting";
    private static final String ENDED = "a core group meets";

    private final CoreGroups coreGroups;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;

    CoreGroupPagesController(CoreGroups coreGroups, PersonRepository people, CurrentUsers currentUsers) {
        this.coreGroups = coreGroups;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/plans/{planId}/core-group")
    String form(@PathVariable long planId, Model model, HttpServletRequest request) {
        ChildProtectionPlan plan = coreGroups.planForCoreGroup(planId, currentUsers.current(), AccessLog.Channel.WEB,
                request.getRequestURI());
        if (!plan.open()) {
            return StepClosedPage.show(model, child(plan), HEADING, StepClosedPage.planEnded(plan, ENDED),
                    StepClosedPage.endedPlan(plan));
        }
        model.addAttribute("form", new CoreGroupForm(null, null, null, null, null, null, null));
        return show(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/core-group")
    String record(@PathVariable long planId, @ModelAttribute("form") CoreGroupForm form, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        // Refused before the form is read: who may send it does not depend on what was typed.
        ChildProtectionPlan plan = coreGroups.planForCoreGroup(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            return ended(plan, model, response);
        }
        Problems problems = new Problems();
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date the core group met", problems);
        Boolean seen = "yes".equals(form.childSeen()) ? Boolean.TRUE : "no".equals(form.childSeen()) ? Boolean.FALSE : null;
        if (problems.isEmpty()) {
            try {
                coreGroups.record(planId, new CoreGroupInput(held, form.attendees(), seen, form.progress(), form.actions()),
                        user, AccessLog.Channel.WEB);
                return "redirect:/people/" + plan.personId() + "?coreGroupRecorded";
            } catch (ValidationException v) {
                problems.addAll(v);
            } catch (ConflictException c) {
                // Ended by a review conference while this form was open.
                ChildProtectionPlan now = coreGroups.planForCoreGroup(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
                if (!now.open()) {
                    return ended(now, model, response);
                }
                problems.add("heldOn", c.getMessage());
            }
        }
        return show(plan, problems, model);
    }

    private String ended(ChildProtectionPlan plan, Model model, HttpServletResponse response) {
        return StepClosedPage.refuse(response, model, child(plan), HEADING, StepClosedPage.planEnded(plan, ENDED),
                StepClosedPage.endedPlan(plan));
    }

    private Person child(ChildProtectionPlan plan) {
        return people.find(plan.personId()).orElseThrow();
    }

    private String show(ChildProtectionPlan plan, Problems problems, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("child", child(plan));
        model.addAttribute("errors", problems);
        return "protection/coregroup/core-group";
    }
}
