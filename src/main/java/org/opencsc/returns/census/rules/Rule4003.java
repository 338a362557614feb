package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4003: within an episode, no child protection review falls while a child in need plan is open (from
 * its start to the day before its end, or on after its start when it has no end), unless the
 * review is the day the protection plan ended.
 */
@Component
class Rule4003 implements CensusRule {

    @Override
    public String code() {
        return "4003";
    }

    @Override
    public String message() {
        return "A CPP review date is shown as being held at the same time as an open CIN Plan.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.cinPlanDates().isEmpty()) {
                continue;
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                for (LocalDate review : plan.reviewDates()) {
                    if (review == null || review.equals(plan.endDate())) {
                        continue;
                    }
                    for (CinPlanDates cinPlan : episode.cinPlanDates()) {
                        if (open(cinPlan, review)) {
                            problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                                    of("CPPreviewDate", review), of("CINPlanStartDate", cinPlan.startDate()),
                                    of("CINPlanEndDate", cinPlan.endDate()), of("CPPendDate", plan.endDate()));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean open(CinPlanDates plan, LocalDate day) {
        return plan.startDate() != null && !day.isBefore(plan.startDate())
                && (plan.endDate() == null || day.isBefore(plan.endDate()));
    }
}
