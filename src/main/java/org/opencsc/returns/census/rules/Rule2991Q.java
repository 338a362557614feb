package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/** 2991Q: an episode with a Section 47 enquiry also has an assessment. */
@Component
class Rule2991Q implements CensusRule {

    @Override
    public String code() {
        return "2991Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (!episode.section47s().isEmpty() && episode.assessments().isEmpty()) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("S47ActualStartDate", RuleDates.list(episode.section47s().stream().map(Section47::actualStartDate).toList())),
                        of("AssessmentActualStartDate", null));
            }
        }
    }
}
