package org.opencsc.plan;

import java.util.function.UnaryOperator;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Removing a need, an outcome or an action from a plan's draft, from the page that changes it.
 * Only the draft changes: finalised versions keep what they said. The draft version the user
 * read comes with the request, so a removal over someone else's change is refused (409).
 */
@Controller
class PlanPartRemovalController {

    private final ChildPlans plans;
    private final CurrentUsers currentUsers;

    PlanPartRemovalController(ChildPlans plans, CurrentUsers currentUsers) {
        this.plans = plans;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/remove")
    String removeNeed(@PathVariable long planId, @PathVariable String needId,
                      @RequestParam(required = false) String draftVersion) {
        return remove(planId, draftVersion, c -> c.withoutNeed(needId));
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/outcomes/{outcomeId}/remove")
    String removeOutcome(@PathVariable long planId, @PathVariable String needId, @PathVariable String outcomeId,
                         @RequestParam(required = false) String draftVersion) {
        return remove(planId, draftVersion, c -> c.withoutOutcome(needId, outcomeId));
    }

    @PostMapping("/child-plans/{planId}/needs/{needId}/actions/{actionId}/remove")
    String removeAction(@PathVariable long planId, @PathVariable String needId, @PathVariable String actionId,
                        @RequestParam(required = false) String draftVersion) {
        return remove(planId, draftVersion, c -> c.withoutAction(needId, actionId));
    }

    private String remove(long planId, String draftVersion, UnaryOperator<PlanContent> change) {
        plans.edit(planId, PlanItemPagesController.version(draftVersion), change, currentUsers.current(), AccessLog.Channel.WEB);
        return "redirect:/child-plans/" + planId + "?removed";
    }
}
