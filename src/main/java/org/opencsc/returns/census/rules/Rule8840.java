package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8840: a child protection plan does not start and end on the same day. */
@Component
class Rule8840 implements CensusRule {

    @Override
    public String code() {
        return "8840";
    }

    @Override
    public String message() {
        return "Child Protection Plan cannot start and end on the same day";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.startDate() != null && plan.startDate().equals(plan.endDate())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("CPPendDate", plan.endDate()));
                }
            }
        }
    }
}
