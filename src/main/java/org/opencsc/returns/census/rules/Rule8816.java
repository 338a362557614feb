package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8816: an open episode that is not a referral with no further action is the child's latest
 * (its referral date is the latest of all the child's referral dates; a tie is the latest too).
 */
@Component
class Rule8816 implements CensusRule {

    @Override
    public String code() {
        return "8816";
    }

    @Override
    public String message() {
        return "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate latest = null;
        for (CinDetails episode : child.cinDetails()) {
            LocalDate referred = episode.cinReferralDate();
            if (referred != null && (latest == null || referred.isAfter(latest))) {
                latest = referred;
            }
        }
        for (CinDetails episode : child.cinDetails()) {
            if (episode.cinClosureDate() == null && Boolean.FALSE.equals(episode.referralNfa())
                    && episode.cinReferralDate() != null && episode.cinReferralDate().isBefore(latest)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", episode.cinReferralDate()),
                        of("CINclosureDate", episode.cinClosureDate()),
                        of("ReferralNFA", episode.referralNfa()));
            }
        }
    }
}
