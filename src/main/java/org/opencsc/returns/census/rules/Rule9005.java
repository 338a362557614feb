package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9005: PPStartDate (N00826), when given, is within the collection period.
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9005 implements CensusRule {

    @Override
    public String code() {
        return "9005";
    }

    @Override
    public String message() {
        return "The date of the legal planning meeting or other decision making forum where the LA made the decision to commence pre-proceedings cannot fall outside the reporting year.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.ppStartDate() != null && !RuleDates.inPeriod(p.ppStartDate(), context)) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("PPStartDate", p.ppStartDate()));
                }
            }
        }
    }
}
