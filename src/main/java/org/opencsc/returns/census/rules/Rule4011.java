package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4011: a child in need plan ends on or after its start. */
@Component
class Rule4011 implements CensusRule {

    @Override
    public String code() {
        return "4011";
    }

    @Override
    public String message() {
        return "CIN Plan End Date earlier than Start Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (RuleDates.before(plan.endDate(), plan.startDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanEndDate", plan.endDate()), of("CINPlanStartDate", plan.startDate()));
                }
            }
        }
    }
}
