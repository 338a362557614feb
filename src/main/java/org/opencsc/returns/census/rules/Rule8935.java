package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.springframework.stereotype.Component;

/** 8935: a child has at most one open child protection plan, over all episodes; each is reported when there are more. */
@Component
class Rule8935 implements CensusRule {

    @Override
    public String code() {
        return "8935";
    }

    @Override
    public String message() {
        return "This child is showing more than one open Child Protection plan, i.e. with no End Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        List<ChildProtectionPlan> open = child.cinDetails().stream()
                .flatMap(e -> e.childProtectionPlans().stream()).filter(p -> p.endDate() == null).toList();
        if (open.size() < 2) {
            return;
        }
        for (ChildProtectionPlan plan : open) {
            problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                    of("CPPstartDate", plan.startDate()), of("CPPendDate", plan.endDate()));
        }
    }
}
