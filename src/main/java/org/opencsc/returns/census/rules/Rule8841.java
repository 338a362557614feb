package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8841: every review of a child protection plan is after the day the plan started (one problem per review). */
@Component
class Rule8841 implements CensusRule {

    @Override
    public String code() {
        return "8841";
    }

    @Override
    public String message() {
        return "The review date cannot be on the same day or before the Child protection Plan start date.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.startDate() == null) {
                    continue;
                }
                for (LocalDate review : plan.reviewDates()) {
                    if (review != null && !review.isAfter(plan.startDate())) {
                        problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                                of("CPPstartDate", plan.startDate()), of("CPPreviewDate", review));
                    }
                }
            }
        }
    }
}
