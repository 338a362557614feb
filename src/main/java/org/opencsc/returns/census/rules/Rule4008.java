package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4008: a child in need plan starts on or before the child's date of death. */
@Component
class Rule4008 implements CensusRule {

    @Override
    public String code() {
        return "4008";
    }

    @Override
    public String message() {
        return "CIN Plan shown as starting after the child’s Date of Death.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var death = child.identifiers().personDeathDate();
        if (death == null) {
            return;
        }
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (RuleDates.before(death, plan.startDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("PersonDeathDate", death));
                }
            }
        }
    }
}
