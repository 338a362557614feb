package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9010Q: when FGDMMeetingOffer (N00828) is yes, FGDMMeetingFac (N00829) is given (yes or no).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9010Q implements CensusRule {

    @Override
    public String code() {
        return "9010Q";
    }

    @Override
    public String message() {
        return "Please check: You have reported that a FGDM meeting was offered in the letter before proceedings. Please confirm whether or not a FGDM meeting was facilitated in the pre-proceedings period following this offer.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (Boolean.TRUE.equals(p.fgdmMeetingOffer()) && p.fgdmMeetingFac() == null) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("FGDMMeetingOffer", p.fgdmMeetingOffer()),
                            of("FGDMMeetingFac", null));
                }
            }
        }
    }
}
