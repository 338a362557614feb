package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8815: a child has at most one open episode (no closure date) that is not a referral with no
 * further action; open NFA referrals may be several. Each open episode is reported, since any
 * of them may be the one to close. An episode whose ReferralNFA is missing is left to the rule
 * about that item.
 */
@Component
class Rule8815 implements CensusRule {

    @Override
    public String code() {
        return "8815";
    }

    @Override
    public String message() {
        return "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        List<CinDetails> open = child.cinDetails().stream()
                .filter(e -> e.cinClosureDate() == null && Boolean.FALSE.equals(e.referralNfa()))
                .toList();
        if (open.size() < 2) {
            return;
        }
        for (CinDetails episode : open) {
            problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                    of("CINreferralDate", episode.cinReferralDate()),
                    of("CINclosureDate", episode.cinClosureDate()),
                    of("ReferralNFA", episode.referralNfa()));
        }
    }
}
