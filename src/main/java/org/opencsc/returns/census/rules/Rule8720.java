package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8720: every child protection plan has a start date, on or before the reference date. */
@Component
class Rule8720 implements CensusRule {

    @Override
    public String code() {
        return "8720";
    }

    @Override
    public String message() {
        return "Child Protection Plan Start Date missing or out of data collection period";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                var start = plan.startDate();
                if (start == null || start.isAfter(context.referenceDate())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", start), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
