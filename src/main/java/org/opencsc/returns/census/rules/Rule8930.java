package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8930: a child protection plan's end date, where present, is in the collection period (inclusive). */
@Component
class Rule8930 implements CensusRule {

    @Override
    public String code() {
        return "8930";
    }

    @Override
    public String message() {
        return "Child Protection Plan End Date must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.endDate() != null && (plan.endDate().isBefore(context.collectionStart())
                        || plan.endDate().isAfter(context.referenceDate()))) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPendDate", plan.endDate()), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
