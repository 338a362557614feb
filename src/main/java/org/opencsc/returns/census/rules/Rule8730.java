package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8730: every child protection plan gives the number of previous plans, zero or more. */
@Component
class Rule8730 implements CensusRule {

    @Override
    public String code() {
        return "8730";
    }

    @Override
    public String message() {
        return "Total Number of previous Child Protection Plans missing";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                Integer previous = plan.numberOfPreviousCpp();
                if (previous == null || previous < 0) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("NumberOfPreviousCPP", previous));
                }
            }
        }
    }
}
