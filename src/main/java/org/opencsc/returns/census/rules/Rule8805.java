package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8805: a closed episode says why it closed. */
@Component
class Rule8805 implements CensusRule {

    @Override
    public String code() {
        return "8805";
    }

    @Override
    public String message() {
        return "A CIN case cannot have a CIN closure date without a Reason for Closure";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.cinClosureDate() != null && CensusCodes.isBlank(episode.reasonForClosure())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINclosureDate", episode.cinClosureDate()),
                        of("ReasonForClosure", episode.reasonForClosure()));
            }
        }
    }
}
