package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8585Q: an episode closed because the child died (RC2) needs the child's date of death. */
@Component
class Rule8585Q implements CensusRule {

    @Override
    public String code() {
        return "8585Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.identifiers().personDeathDate() != null) {
            return;
        }
        for (CinDetails episode : child.cinDetails()) {
            if (CensusCodes.CLOSED_BECAUSE_DIED.equals(episode.reasonForClosure())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReasonForClosure", episode.reasonForClosure()), of("PersonDeathDate", null));
            }
        }
    }
}
