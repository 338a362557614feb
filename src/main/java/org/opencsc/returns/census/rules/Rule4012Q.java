package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4012Q: a child in need plan does not start and end on the same day. */
@Component
class Rule4012Q implements CensusRule {

    @Override
    public String code() {
        return "4012Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.startDate() != null && plan.startDate().equals(plan.endDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("CINPlanEndDate", plan.endDate()));
                }
            }
        }
    }
}
