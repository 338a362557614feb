package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8910: every child protection plan has a valid latest category of abuse (NEG, PHY, SAB, EMO, MUL). */
@Component
class Rule8910 implements CensusRule {

    @Override
    public String code() {
        return "8910";
    }

    @Override
    public String message() {
        return "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (!CensusCodes.isIn(CensusCodes.CATEGORIES_OF_ABUSE, plan.latestCategoryOfAbuse())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("LatestCategoryOfAbuse", plan.latestCategoryOfAbuse()));
                }
            }
        }
    }
}
