package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 1105: a child protection plan starts on or after the referral date of its episode. */
@Component
class Rule1105 implements CensusRule {

    @Override
    public String code() {
        return "1105";
    }

    @Override
    public String message() {
        return "The child protection plan start date cannot be before the referral date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (RuleDates.before(plan.startDate(), episode.cinReferralDate())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("CINreferralDate", episode.cinReferralDate()));
                }
            }
        }
    }
}
