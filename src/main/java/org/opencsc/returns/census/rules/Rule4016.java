package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4016: no child in need plan starts while a child protection plan of the child is open: on or after
 * its start and before its end, or on or before the reference date when it has no end. Starting on
 * the day the protection plan ends is the usual step down, and passes.
 */
@Component
class Rule4016 implements CensusRule {

    @Override
    public String code() {
        return "4016";
    }

    @Override
    public String message() {
        return "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates cinPlan : episode.cinPlanDates()) {
                ChildProtectionPlan open = openOn(child, cinPlan.startDate(), context);
                if (open != null) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, cinPlan.sourceId(),
                            of("CINPlanStartDate", cinPlan.startDate()), of("CPPstartDate", open.startDate()),
                            of("CPPendDate", open.endDate()));
                }
            }
        }
    }

    private static ChildProtectionPlan openOn(CensusChild child, LocalDate day, RuleContext context) {
        if (day == null) {
            return null;
        }
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.startDate() != null && !day.isBefore(plan.startDate())
                        && (plan.endDate() == null ? !day.isAfter(context.referenceDate()) : day.isBefore(plan.endDate()))) {
                    return plan;
                }
            }
        }
        return null;
    }
}
