package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 2990: an episode closed RC8 (after assessment, no further action) or RC9 (after assessment, referred
 * to early help) has no Section 47 enquiry, no child protection plan, no initial conference on the
 * episode and no child in need plan. All four are checked, for both reasons: OpenCSC's own closure
 * check stops only RC8 after an enquiry or a plan, so an RC9 closure or a CIN plan gets here.
 */
@Component
class Rule2990 implements CensusRule {

    @Override
    public String code() {
        return "2990";
    }

    @Override
    public String message() {
        return "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            String reason = episode.reasonForClosure();
            if (!"RC8".equals(reason) && !"RC9".equals(reason)) {
                continue;
            }
            List<CensusProblem.Field> activity = new ArrayList<>();
            if (episode.dateOfInitialCpc() != null) {
                activity.add(of("DateOfInitialCPC", episode.dateOfInitialCpc()));
            }
            if (!episode.section47s().isEmpty()) {
                activity.add(of("S47ActualStartDate", RuleDates.list(episode.section47s().stream().map(Section47::actualStartDate).toList())));
            }
            if (!episode.childProtectionPlans().isEmpty()) {
                activity.add(of("CPPstartDate", RuleDates.list(episode.childProtectionPlans().stream().map(ChildProtectionPlan::startDate).toList())));
            }
            if (!episode.cinPlanDates().isEmpty()) {
                activity.add(of("CINPlanStartDate", RuleDates.list(episode.cinPlanDates().stream().map(CinPlanDates::startDate).toList())));
            }
            if (!activity.isEmpty()) {
                activity.addFirst(of("ReasonForClosure", reason));
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        activity.toArray(CensusProblem.Field[]::new));
            }
        }
    }
}
