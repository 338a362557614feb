package org.opencsc.protection.coregroup;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
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

    private final CoreGroups coreGroups;
    private final ReviewConferences reviews;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;

    CoreGroupPagesController(CoreGroups coreGroups, ReviewConferences reviews, PersonRepository people,
                             CurrentUsers currentUsers) {
        this.coreGroups = coreGroups;
        this.reviews = reviews;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/plans/{planId}/core-group")
    String form(@PathVariable long planId, Model model, HttpServletRequest request) {
        ChildProtectionPlan plan = openPlan(planId, currentUsers.current(), request);
        model.addAttribute("form", new CoreGroupForm(null, null, null, null, null, null, null));
        return show(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/core-group")
    String record(@PathVariable long planId, @ModelAttribute("form") CoreGroupForm form, Model model,
                  HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = openPlan(planId, user, request);
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
                problems.add("heldOn", c.getMessage());
            }
        }
        return show(plan, problems, model);
    }

    private ChildProtectionPlan openPlan(long planId, CurrentUser user, HttpServletRequest request) {
        if (!CoreGroups.canRecord(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker or a team manager can record a core group");
        }
        ChildProtectionPlan plan = reviews.plan(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            throw new ConflictException("This child protection plan has ended: core groups meet while a plan is open");
        }
        return plan;
    }

    private String show(ChildProtectionPlan plan, Problems problems, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("child", people.find(plan.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        return "protection/coregroup/core-group";
    }
}
