package org.opencsc.protection.conference;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
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

/** Recording a review child protection conference, from the child's record. */
@Controller
class ReviewConferencePagesController {

    /** The review conference page as typed. */
    public record ReviewForm(String heldOnDay, String heldOnMonth, String heldOnYear, String chair, String attendees,
                             String childViews, String decision, String category, String reasons) {
    }

    private final ReviewConferences reviews;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;

    ReviewConferencePagesController(ReviewConferences reviews, PersonRepository people, CurrentUsers currentUsers) {
        this.reviews = reviews;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("categories")
    AbuseCategory[] categories() {
        return AbuseCategory.values();
    }

    @ModelAttribute("decisions")
    ReviewDecision[] decisions() {
        return ReviewDecision.values();
    }

    @GetMapping("/plans/{planId}/review-conference")
    String form(@PathVariable long planId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = openPlan(planId, user, request);
        model.addAttribute("form", new ReviewForm(null, null, null, user.displayName(), null, null, null,
                plan.category().name(), null));
        return show(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/review-conference")
    String record(@PathVariable long planId, @ModelAttribute("form") ReviewForm form, Model model,
                  HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = openPlan(planId, user, request);
        Problems problems = new Problems();
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date the conference was held", problems);
        ReviewDecision decision = ReviewDecision.parse(form.decision()).orElse(null);
        // The category select keeps the plan's category; it only counts when the plan continues.
        AbuseCategory category = decision == ReviewDecision.END_PLAN ? null : AbuseCategory.parse(form.category()).orElse(null);
        if (problems.isEmpty()) {
            try {
                reviews.record(new ReviewConferenceInput(planId, held, form.chair(), form.attendees(), form.childViews(),
                        decision, category, form.reasons()), user, AccessLog.Channel.WEB);
                return "redirect:/people/" + plan.personId() + "?reviewRecorded";
            } catch (ValidationException v) {
                problems.addAll(v);
            } catch (ConflictException c) {
                problems.add("heldOn", c.getMessage());
            }
        }
        return show(plan, problems, model);
    }

    private ChildProtectionPlan openPlan(long planId, CurrentUser user, HttpServletRequest request) {
        if (!Conferences.canRecord(user.role())) {
            throw new RecordAccessDeniedException("Only a conference chair or a team manager can record a conference");
        }
        ChildProtectionPlan plan = reviews.plan(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            throw new ConflictException("This child protection plan has ended: there is no plan to review");
        }
        return plan;
    }

    private String show(ChildProtectionPlan plan, Problems problems, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("lastConferenceOn", reviews.lastConferenceOn(plan.id()));
        model.addAttribute("child", people.find(plan.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        return "protection/conference/review-conference";
    }
}
