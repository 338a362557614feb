package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8825Q: an episode closed "after assessment" (RC8, RC9) has an assessment. */
@Component
class Rule8825Q implements CensusRule {

    @Override
    public String code() {
        return "8825Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (CensusCodes.isIn(CensusCodes.CLOSED_AFTER_ASSESSMENT, episode.reasonForClosure())
                    && episode.assessments().isEmpty()) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReasonForClosure", episode.reasonForClosure()));
            }
        }
    }
}
