package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9013: LetterInitCPDate, when given, is within the collection period and on or after CourtAppDate.
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9013 implements CensusRule {

    @Override
    public String code() {
        return "9013";
    }

    @Override
    public String message() {
        return "The date on which the letter to initiate care proceedings was sent to parents/guardians must fall within the reporting year and be on or after the date when the local authority submitted the court application to commence care proceedings.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.letterInitCpDate() != null
                        && (!RuleDates.inPeriod(p.letterInitCpDate(), context) || RuleDates.before(p.letterInitCpDate(), p.courtAppDate()))) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("LetterInitCPDate", p.letterInitCpDate()),
                            of("CourtAppDate", p.courtAppDate()));
                }
            }
        }
    }
}
