package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8925: a child protection plan's end date, where present, is on or after its start date. */
@Component
class Rule8925 implements CensusRule {

    @Override
    public String code() {
        return "8925";
    }

    @Override
    public String message() {
        return "Child Protection Plan End Date earlier than Start Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.startDate() != null && plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("CPPendDate", plan.endDate()));
                }
            }
        }
    }
}
