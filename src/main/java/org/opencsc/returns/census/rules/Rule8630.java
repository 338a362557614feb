package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8630: a closure date, if given, is on or after the same episode's referral date. */
@Component
class Rule8630 implements CensusRule {

    @Override
    public String code() {
        return "8630";
    }

    @Override
    public String message() {
        return "CIN Closure Date is before CIN Referral Date for the same CIN episode";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (CensusDates.before(episode.cinClosureDate(), episode.cinReferralDate())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", episode.cinReferralDate()),
                        of("CINclosureDate", episode.cinClosureDate()));
            }
        }
    }
}
