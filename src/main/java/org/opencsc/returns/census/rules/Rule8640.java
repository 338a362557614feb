package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8640: a reason for closure, if given, is one of RC1 to RC9. */
@Component
class Rule8640 implements CensusRule {

    @Override
    public String code() {
        return "8640";
    }

    @Override
    public String message() {
        return "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            String reason = episode.reasonForClosure();
            if (reason != null && !CensusCodes.REASONS_FOR_CLOSURE.contains(reason)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReasonForClosure", reason));
            }
        }
    }
}
