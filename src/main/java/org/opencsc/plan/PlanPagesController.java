package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan page: its needs, outcomes and actions, "Check the plan" (what is missing, nothing
 * saved) and "Finalise"; starting a plan; the child's view and contingency; older versions.
 * Pages live under /child-plans because /plans/{id} pages are the CP plan records'.
 */
@Controller
class PlanPagesController {

    private static final AccessLog.Channel WEB = AccessLog.Channel.WEB;

    /** The child's view and contingency as typed; familyVersion is the shared contingency's version read, for a sibling group's plan. */
    public record ViewsForm(String childView, String contingency, Integer draftVersion, Integer familyVersion) {
    }

    private final ChildPlans plans;
    private final PlanPage page;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    PlanPagesController(ChildPlans plans, PlanPage page, AccessPolicy access, CurrentUsers currentUsers) {
        this.plans = plans;
        this.page = page;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{personId}/child-plans/new")
    String startForm(@PathVariable long personId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildPlans.requireWriter(user);
        access.checkCanRecord(user, personId, WEB, request.getRequestURI());
        access.checkAndLogView(user, personId, WEB, request.getRequestURI());
        return startPage(personId, null, new Problems(), model);
    }

    @PostMapping("/people/{personId}/child-plans")
    String start(@PathVariable long personId, @RequestParam(required = false) String kind,
                 @RequestParam(name = "siblingIds", required = false) List<String> siblings, Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        PlanKind parsed = java.util.Arrays.stream(PlanKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        List<Long> siblingIds = new java.util.ArrayList<>();
        for (String s : siblings == null ? List.<String>of() : siblings) {
            try {
                siblingIds.add(Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                problems.add(PlanSiblings.FIELD, "Choose the siblings from the list");
            }
        }
        if (problems.isEmpty()) {
            try {
                long id = plans.start(personId, parsed, null, siblingIds, user, WEB);
                return "redirect:/child-plans/" + id;
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("kind", e.getMessage());
            }
        }
        model.addAttribute("chosenSiblings", siblingIds);
        return startPage(personId, kind, problems, model);
    }

    /** A child protection plan is offered only when a conference has decided one whose content is not yet written. */
    private String startPage(long personId, String kind, Problems problems, Model model) {
        page.child(personId, model);
        var cpPlan = plans.cpPlanAwaitingContent(personId).orElse(null);
        model.addAttribute("cpPlan", cpPlan);
        model.addAttribute("kinds", cpPlan == null ? List.of(PlanKind.CIN) : List.of(PlanKind.values()));
        model.addAttribute("kind", kind);
        model.addAttribute("siblingOffers", plans.siblingOffers(personId, currentUsers.current()));
        if (!model.containsAttribute("chosenSiblings")) {
            model.addAttribute("chosenSiblings", List.of());
        }
        model.addAttribute("errors", problems);
        return "plan/start";
    }

    @GetMapping("/child-plans/{planId}")
    String plan(@PathVariable long planId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        return page.show(plans.open(planId, user, WEB, request.getRequestURI()), List.of(), false, new Problems(), user, model);
    }

    /** Shows what the plan still lacks, without saving or finalising anything. */
    @PostMapping("/child-plans/{planId}/check")
    String check(@PathVariable long planId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        return page.show(state, PlanQuality.check(state.content()), true, new Problems(), user, model);
    }

    /**
     * Finalises the draft the user was looking at: the page's draft version comes with the
     * request, so a draft changed by someone else since (or already finalised) is not finalised
     * unseen; the plan is shown again as it now is, with what happened.
     */
    @PostMapping("/child-plans/{planId}/finalise")
    String finalise(@PathVariable long planId, @RequestParam(required = false) Integer draftVersion,
                    @RequestParam(required = false) Integer familyVersion, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        int expected = PlanItemPagesController.required(draftVersion);
        try {
            PlanVersion v = plans.finalise(planId, expected, familyVersion, user, WEB);
            return "redirect:/child-plans/" + planId + "?finalised=" + v.number();
        } catch (ValidationException e) {
            PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
            return page.show(state, PlanQuality.check(state.content()), true, problems, user, model);
        } catch (ConflictException e) {
            problems.add("plan-status", e.getMessage());
        }
        return page.show(plans.open(planId, user, WEB, request.getRequestURI()), List.of(), false, problems, user, model);
    }

    @GetMapping("/child-plans/{planId}/versions/{number}")
    String version(@PathVariable long planId, @PathVariable int number, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        PlanVersion version = plans.version(planId, number, user, WEB, request.getRequestURI());
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        page.child(state.plan().personId(), model);
        model.addAttribute("plan", state.plan());
        model.addAttribute("version", version);
        model.addAttribute("planContent", version.content());
        model.addAttribute("versions", plans.versions(planId, user, WEB, request.getRequestURI()));
        return "plan/version";
    }

    @GetMapping("/child-plans/{planId}/views")
    String viewsForm(@PathVariable long planId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildPlans.requireWriter(user);
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        PlanContent c = state.content();
        // A finalised plan's next draft takes the family's contingency as it is now.
        String contingency = state.family() != null ? state.family().contingency() : c.contingency();
        model.addAttribute("form", new ViewsForm(c.childView(), contingency, state.plan().draftVersion(),
                state.family() == null ? null : state.family().version()));
        return viewsPage(state, new Problems(), model);
    }

    @PostMapping("/child-plans/{planId}/views")
    String saveViews(@PathVariable long planId, @ModelAttribute("form") ViewsForm form, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        try {
            plans.edit(planId, PlanItemPagesController.required(form.draftVersion()), form.familyVersion(),
                    c -> c.withViews(trim(form.childView()), trim(form.contingency())), user, WEB);
            return "redirect:/child-plans/" + planId + "#childView";
        } catch (ValidationException e) {
            problems.addAll(e);
        } catch (FamilyPartChanged e) {
            problems.add("contingency", e.getMessage());
        } catch (ConflictException e) {
            problems.add("childView", e.getMessage());
        }
        return viewsPage(plans.open(planId, user, WEB, request.getRequestURI()), problems, model);
    }

    private String viewsPage(PlanState state, Problems problems, Model model) {
        page.child(state.plan().personId(), model);
        model.addAttribute("plan", state.plan());
        model.addAttribute("shared", state.family() != null);
        model.addAttribute("errors", problems);
        return "plan/views";
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
