package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 2883: over the whole return, the child protection plans starting in the year are no more than the
 * initial conferences held in the year (recorded on an episode or on a Section 47 enquiry).
 */
@Component
class Rule2883 implements CensusRule {

    @Override
    public String code() {
        return "2883";
    }

    @Override
    public String message() {
        return "There are more child protection plans starting than initial conferences taking place";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        int plans = 0;
        int conferences = 0;
        for (CensusChild child : message.children()) {
            for (CinDetails episode : child.cinDetails()) {
                if (RuleDates.inPeriod(episode.dateOfInitialCpc(), context)) {
                    conferences++;
                }
                for (Section47 s47 : episode.section47s()) {
                    if (RuleDates.inPeriod(s47.dateOfInitialCpc(), context)) {
                        conferences++;
                    }
                }
                for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                    if (RuleDates.inPeriod(plan.startDate(), context)) {
                        plans++;
                    }
                }
            }
        }
        if (plans > conferences) {
            problems.reportHeader(this, of("CPPstartDate", plans + " in the year"),
                    of("DateOfInitialCPC", conferences + " in the year"));
        }
    }
}
