package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9007: when LBPSentDate (N00827) is given, FGDMMeetingOffer (N00828) is given too (yes or no).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9007 implements CensusRule {

    @Override
    public String code() {
        return "9007";
    }

    @Override
    public String message() {
        return "You have confirmed that a letter before proceedings was sent. Please confirm whether or not a FGDM meeting was offered in the letter.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.lbpSentDate() != null && p.fgdmMeetingOffer() == null) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("LBPSentDate", p.lbpSentDate()),
                            of("FGDMMeetingOffer", null));
                }
            }
        }
    }
}
