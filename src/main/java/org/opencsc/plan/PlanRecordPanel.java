package org.opencsc.plan;

import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The child's current plan (needs, outcomes and actions), its status and last review. */
@Component
class PlanRecordPanel implements RecordPanel {

    private final ChildPlans childPlans;

    PlanRecordPanel(ChildPlans childPlans) {
        this.childPlans = childPlans;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("childPlan", childPlans.currentFor(personId).orElse(null));
        model.addAttribute("canWritePlans", ChildPlans.canWrite(user.role()));
    }
}
