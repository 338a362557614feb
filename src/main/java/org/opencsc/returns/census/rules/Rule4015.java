package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/** 4015: a child in need plan starts on or after the referral date of its episode. */
@Component
class Rule4015 implements CensusRule {

    @Override
    public String code() {
        return "4015";
    }

    @Override
    public String message() {
        return "The CIN Plan start date cannot be before the referral date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (RuleDates.before(plan.startDate(), episode.cinReferralDate())) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("CINreferralDate", episode.cinReferralDate()));
                }
            }
        }
    }
}
