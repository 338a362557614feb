package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8915: a child protection plan starts on or before the child's date of death. */
@Component
class Rule8915 implements CensusRule {

    @Override
    public String code() {
        return "8915";
    }

    @Override
    public String message() {
        return "Child Protection Plan shown as starting after the child’s Date of Death";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate died = child.identifiers() == null ? null : child.identifiers().personDeathDate();
        if (died == null) {
            return;
        }
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (plan.startDate() != null && plan.startDate().isAfter(died)) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("PersonDeathDate", died));
                }
            }
        }
    }
}
