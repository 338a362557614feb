package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4013: a child in need plan's end date, where present, is in the collection period. */
@Component
class Rule4013 implements CensusRule {

    @Override
    public String code() {
        return "4013";
    }

    @Override
    public String message() {
        return "CIN Plan end date must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.endDate() != null && !RuleDates.inPeriod(plan.endDate(), context)) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanEndDate", plan.endDate()), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
