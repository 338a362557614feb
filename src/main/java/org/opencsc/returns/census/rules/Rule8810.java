package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8810: an episode with a reason for closure has a closure date. */
@Component
class Rule8810 implements CensusRule {

    @Override
    public String code() {
        return "8810";
    }

    @Override
    public String message() {
        return "A CIN case cannot have a Reason for Closure without a CIN Closure Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (!CensusCodes.isBlank(episode.reasonForClosure()) && episode.cinClosureDate() == null) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReasonForClosure", episode.reasonForClosure()),
                        of("CINclosureDate", episode.cinClosureDate()));
            }
        }
    }
}
