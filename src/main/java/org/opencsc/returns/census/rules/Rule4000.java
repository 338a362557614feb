package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4000: an episode whose referral led to no further action has no child in need plan. */
@Component
class Rule4000 implements CensusRule {

    @Override
    public String code() {
        return "4000";
    }

    @Override
    public String message() {
        return "CIN Plan details provided for a referral with no further action";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (!Boolean.TRUE.equals(episode.referralNfa())) {
                continue;
            }
            for (CinPlanDates plan : episode.cinPlanDates()) {
                problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                        of("ReferralNFA", episode.referralNfa()), of("CINPlanStartDate", plan.startDate()));
            }
        }
    }
}
