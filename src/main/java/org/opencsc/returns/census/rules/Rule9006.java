package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9006: LBPSentDate (N00827), when given, is within the collection period and on or after PPStartDate (N00826).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9006 implements CensusRule {

    @Override
    public String code() {
        return "9006";
    }

    @Override
    public String message() {
        return "The date the letter before proceedings was sent must be within the reporting year and after the date pre-proceedings began.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.lbpSentDate() != null
                        && (!RuleDates.inPeriod(p.lbpSentDate(), context) || RuleDates.before(p.lbpSentDate(), p.ppStartDate()))) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("LBPSentDate", p.lbpSentDate()),
                            of("PPStartDate", p.ppStartDate()));
                }
            }
        }
    }
}
