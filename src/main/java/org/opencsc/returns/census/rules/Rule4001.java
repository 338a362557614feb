package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4001: an episode with an open child protection plan (no end date) has no open child in need plan. */
@Component
class Rule4001 implements CensusRule {

    @Override
    public String code() {
        return "4001";
    }

    @Override
    public String message() {
        return "A CIN Plan cannot run concurrently with a Child Protection Plan";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            ChildProtectionPlan open = null;
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.endDate() == null) {
                    open = plan;
                    break;
                }
            }
            if (open == null) {
                continue;
            }
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.endDate() == null) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("CINPlanEndDate", null),
                            of("CPPstartDate", open.startDate()), of("CPPendDate", null));
                }
            }
        }
    }
}
