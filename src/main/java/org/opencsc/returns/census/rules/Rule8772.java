package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8772: a UPN unknown reason of UN7 (referral with no further action) needs every episode to be NFA. */
@Component
class Rule8772 implements CensusRule {

    @Override
    public String code() {
        return "8772";
    }

    @Override
    public String message() {
        return "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String reason = child.identifiers().upnUnknown();
        if (!CensusCodes.UPN_REFERRAL_NFA.equals(reason)) {
            return;
        }
        for (CinDetails episode : child.cinDetails()) {
            if (Boolean.FALSE.equals(episode.referralNfa())) {
                problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPNunknown", reason),
                        of("ReferralNFA", episode.referralNfa()), of("CINreferralDate", episode.cinReferralDate()));
                return;
            }
        }
    }
}
