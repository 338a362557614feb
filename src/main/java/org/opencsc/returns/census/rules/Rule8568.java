package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8568: every episode says whether the referral led to no further action. A value other than
 * true/false/1/0 cannot reach the model (the schema refuses it), so here it is missing.
 */
@Component
class Rule8568 implements CensusRule {

    @Override
    public String code() {
        return "8568";
    }

    @Override
    public String message() {
        return "RNFA flag is missing or invalid";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.referralNfa() == null) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(), of("ReferralNFA", null));
            }
        }
    }
}
