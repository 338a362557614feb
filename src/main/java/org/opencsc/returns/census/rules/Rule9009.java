package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9009: StepDecisionDate (N00832), when given, is within the collection period and on or after PPStartDate (N00826).
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9009 implements CensusRule {

    @Override
    public String code() {
        return "9009";
    }

    @Override
    public String message() {
        return "The date when the decision was made to step up or down must be on or after the date of the decision to begin pre-proceedings and must fall within the reporting year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.stepDecisionDate() != null
                        && (!RuleDates.inPeriod(p.stepDecisionDate(), context) || RuleDates.before(p.stepDecisionDate(), p.ppStartDate()))) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("StepDecisionDate", p.stepDecisionDate()),
                            of("PPStartDate", p.ppStartDate()));
                }
            }
        }
    }
}
