package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.springframework.stereotype.Component;

/**
 * 8940: no child protection plan of the child (over all episodes) starts on or between another
 * plan's start and end date, or the reference date while that plan is open.
 */
@Component
class Rule8940 implements CensusRule {

    @Override
    public String code() {
        return "8940";
    }

    @Override
    public String message() {
        return "Child Protection Plan data contains overlapping dates";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        List<ChildProtectionPlan> plans = child.cinDetails().stream()
                .flatMap(e -> e.childProtectionPlans().stream()).toList();
        Set<Integer> inside = OverlappingStarts.startingInsideAnother(plans.stream()
                .map(p -> new OverlappingStarts.Span(p.startDate(),
                        p.endDate() != null ? p.endDate() : context.referenceDate()))
                .toList());
        for (int i = 0; i < plans.size(); i++) {
            if (inside.contains(i)) {
                ChildProtectionPlan plan = plans.get(i);
                problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                        of("CPPstartDate", plan.startDate()), of("CPPendDate", plan.endDate()));
            }
        }
    }
}
