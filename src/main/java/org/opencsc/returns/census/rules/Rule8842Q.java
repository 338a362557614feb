package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8842Q: a Reviews group has its date. The message model keeps review dates as a list that
 * cannot hold a missing date, and the schema makes CPPreviewDate required in a Reviews group,
 * so a file with a dateless review is refused before the rules run; the check stays so the rule
 * still answers if the model ever carries a missing review date.
 */
@Component
class Rule8842Q implements CensusRule {

    @Override
    public String code() {
        return "8842Q";
    }

    @Override
    public String message() {
        return "Please check: Review Record has a missing date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                for (LocalDate review : plan.reviewDates()) {
                    if (review == null) {
                        problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                                of("CPPstartDate", plan.startDate()), of("CPPreviewDate", null));
                    }
                }
            }
        }
    }
}
