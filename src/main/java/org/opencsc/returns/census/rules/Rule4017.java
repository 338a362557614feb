package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4017: no child protection plan starts while a child in need plan of the child is open: on or after
 * its start and before its end, or on or before the reference date when it has no end. Starting on
 * the day the child in need plan ends passes.
 */
@Component
class Rule4017 implements CensusRule {

    @Override
    public String code() {
        return "4017";
    }

    @Override
    public String message() {
        return "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                CinPlanDates open = openOn(child, plan.startDate(), context);
                if (open != null) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("CINPlanStartDate", open.startDate()),
                            of("CINPlanEndDate", open.endDate()));
                }
            }
        }
    }

    private static CinPlanDates openOn(CensusChild child, LocalDate day, RuleContext context) {
        if (day == null) {
            return null;
        }
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.startDate() != null && !day.isBefore(plan.startDate())
                        && (plan.endDate() == null ? !day.isAfter(context.referenceDate()) : day.isBefore(plan.endDate()))) {
                    return plan;
                }
            }
        }
        return null;
    }
}
