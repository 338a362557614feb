package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8600: every episode has a referral date, on or before the reference date. */
@Component
class Rule8600 implements CensusRule {

    @Override
    public String code() {
        return "8600";
    }

    @Override
    public String message() {
        return "Child referral date missing or after data collection period";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            var referred = episode.cinReferralDate();
            if (referred == null || referred.isAfter(context.referenceDate())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", referred), of("ReferenceDate", context.referenceDate()));
            }
        }
    }
}
