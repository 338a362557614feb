package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8832: a referral with no further action has no child protection plan (reported per plan). */
@Component
class Rule8832 implements CensusRule {

    @Override
    public String code() {
        return "8832";
    }

    @Override
    public String message() {
        return "Child Protection details provided for a referral with no further action.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (!Boolean.TRUE.equals(episode.referralNfa())) {
                continue;
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                        of("ReferralNFA", episode.referralNfa()),
                        of("CPPstartDate", plan.startDate()));
            }
        }
    }
}
