package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8866: a referral made on or after 1 April 2013 has a valid source of referral. */
@Component
class Rule8866 implements CensusRule {

    /** ReferralSource was introduced for referrals from the 2013-14 collection on. */
    private static final LocalDate SOURCE_REQUIRED_FROM = LocalDate.of(2013, 4, 1);

    @Override
    public String code() {
        return "8866";
    }

    @Override
    public String message() {
        return "Source of Referral is missing or an invalid code";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            LocalDate referred = episode.cinReferralDate();
            if (referred != null && !referred.isBefore(SOURCE_REQUIRED_FROM)
                    && !CensusCodes.isIn(CensusCodes.REFERRAL_SOURCES, episode.referralSource())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", referred), of("ReferralSource", episode.referralSource()));
            }
        }
    }
}
