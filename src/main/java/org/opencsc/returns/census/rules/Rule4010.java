package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4010: a child in need plan has a start date, on or before the reference date (a plan from an earlier
 * year that is still open is in the return, so an early start is not out of the period).
 */
@Component
class Rule4010 implements CensusRule {

    @Override
    public String code() {
        return "4010";
    }

    @Override
    public String message() {
        return "CIN Plan start date is missing or out of data collection period";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.startDate() == null || plan.startDate().isAfter(context.referenceDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
