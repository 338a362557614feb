package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Removing a need, an outcome or an action from a plan's draft, from the page that changes it.
 * Only the draft changes: finalised versions keep what they said. The draft version the user
 * read comes with the request (a whole number, required), so a removal over someone else's
 * change is refused: a 409 with the plan as it now is and what happened.
 */
@Controller
class PlanPartRemovalController {

    private final ChildPlans plans;
    private final PlanPage page;
    private final CurrentUsers currentUsers;

    PlanPartRemovalController(ChildPlans plans, PlanPage page, CurrentUsers currentUsers) {
        this.plans = plans;
        this.page = page;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/remove")
    String removeNeed(@PathVariable long planId, @PathVariable String needId, @RequestParam(required = false) Integer draftVersion,
                      Model model, HttpServletRequest request, HttpServletResponse response) {
        return remove(planId, draftVersion, c -> c.withoutNeed(needId), model, request, response);
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/outcomes/{outcomeId}/remove")
    String removeOutcome(@PathVariable long planId, @PathVariable String needId, @PathVariable String outcomeId,
                         @RequestParam(required = false) Integer draftVersion, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        return remove(planId, draftVersion, c -> c.withoutOutcome(needId, outcomeId), model, request, response);
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/actions/{actionId}/remove")
    String removeAction(@PathVariable long planId, @PathVariable String needId, @PathVariable String actionId,
                        @RequestParam(required = false) Integer draftVersion, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        return remove(planId, draftVersion, c -> c.withoutAction(needId, actionId), model, request, response);
    }

    private String remove(long planId, Integer draftVersion, UnaryOperator<PlanContent> change, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        try {
            plans.edit(planId, PlanItemPagesController.required(draftVersion), change, user, AccessLog.Channel.WEB);
            return "redirect:/child-plans/" + planId + "?removed";
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page.show(plans.open(planId, user, AccessLog.Channel.WEB, request.getRequestURI()), List.of(), false,
                    new Problems().add("needs", e.getMessage() + " Nothing was removed."), user, model);
        }
    }
}
