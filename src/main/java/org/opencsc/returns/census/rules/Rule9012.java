package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9012: CourtAppDate, when given, is within the collection period and on or after StepDecisionDate (N00832).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9012 implements CensusRule {

    @Override
    public String code() {
        return "9012";
    }

    @Override
    public String message() {
        return "The date that the local authority submitted the court application to commence care proceedings must fall within the reporting year and be on or after the date of the decision to initiate care proceedings.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.courtAppDate() != null
                        && (!RuleDates.inPeriod(p.courtAppDate(), context) || RuleDates.before(p.courtAppDate(), p.stepDecisionDate()))) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("CourtAppDate", p.courtAppDate()),
                            of("StepDecisionDate", p.stepDecisionDate()));
                }
            }
        }
    }
}
