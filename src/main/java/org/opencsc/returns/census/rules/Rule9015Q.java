package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9015Q: when InitialPPMeetingDate (N00830) is given, ReviewMeetingsCount (N00831) is given too (0 when none were held).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9015Q implements CensusRule {

    @Override
    public String code() {
        return "9015Q";
    }

    @Override
    public String message() {
        return "Please check: if review meetings were held following the initial pre-proceedings meeting, the total number held should be reported.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.initialPpMeetingDate() != null && p.reviewMeetingsCount() == null) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("InitialPPMeetingDate", p.initialPpMeetingDate()),
                            of("ReviewMeetingsCount", null));
                }
            }
        }
    }
}
