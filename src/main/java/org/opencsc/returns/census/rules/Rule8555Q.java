package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8555Q: where a date of death is given, each referral date is on or before it. */
@Component
class Rule8555Q implements CensusRule {

    @Override
    public String code() {
        return "8555Q";
    }

    @Override
    public String message() {
        return "Child cannot be referred after its recorded date of death";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var death = child.identifiers().personDeathDate();
        for (CinDetails episode : child.cinDetails()) {
            if (CensusDates.after(episode.cinReferralDate(), death)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", episode.cinReferralDate()), of("PersonDeathDate", death));
            }
        }
    }
}
