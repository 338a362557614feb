package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 2885: a child protection plan starting in the year starts on the day of an initial conference of its
 * episode (on a Section 47 enquiry, or on the episode when there is no enquiry).
 */
@Component
class Rule2885 implements CensusRule {

    @Override
    public String code() {
        return "2885";
    }

    @Override
    public String message() {
        return "Child protection plan shown as starting a different day to the initial child protection conference.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.childProtectionPlans().isEmpty()) {
                continue;
            }
            List<LocalDate> conferences = new ArrayList<>();
            for (Section47 s47 : episode.section47s()) {
                if (s47.dateOfInitialCpc() != null) {
                    conferences.add(s47.dateOfInitialCpc());
                }
            }
            if (episode.dateOfInitialCpc() != null) {
                conferences.add(episode.dateOfInitialCpc());
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (RuleDates.inPeriod(plan.startDate(), context) && !conferences.contains(plan.startDate())) {
                    problems.report(this, child, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(),
                            of("CPPstartDate", plan.startDate()), of("DateOfInitialCPC", RuleDates.list(conferences)));
                }
            }
        }
    }
}
