package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8610: a referral that led to further action (ReferralNFA false) has a primary need code. */
@Component
class Rule8610 implements CensusRule {

    @Override
    public String code() {
        return "8610";
    }

    @Override
    public String message() {
        return "Primary Need code is missing for a referral which led to further action.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            String need = episode.primaryNeedCode();
            if (Boolean.FALSE.equals(episode.referralNfa()) && (need == null || need.isBlank())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReferralNFA", episode.referralNfa()), of("PrimaryNeedCode", need));
            }
        }
    }
}
