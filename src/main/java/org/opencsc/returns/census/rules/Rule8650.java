package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8650: a primary need code, if given, is one of N0 to N9. */
@Component
class Rule8650 implements CensusRule {

    @Override
    public String code() {
        return "8650";
    }

    @Override
    public String message() {
        return "Primary Need Code invalid (see Primary Need table in CIN census code set)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            String need = episode.primaryNeedCode();
            if (need != null && !CensusCodes.PRIMARY_NEEDS.contains(need)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(), of("PrimaryNeedCode", need));
            }
        }
    }
}
