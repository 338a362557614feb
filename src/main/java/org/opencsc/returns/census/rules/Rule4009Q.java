package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4009Q: a child in need plan ends on or before the child's date of death. */
@Component
class Rule4009Q implements CensusRule {

    @Override
    public String code() {
        return "4009Q";
    }

    @Override
    public String message() {
        return "CIN Plan cannot end after the child’s Date of Death";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var death = child.identifiers().personDeathDate();
        if (death == null) {
            return;
        }
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (RuleDates.before(death, plan.endDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanEndDate", plan.endDate()), of("PersonDeathDate", death));
                }
            }
        }
    }
}
