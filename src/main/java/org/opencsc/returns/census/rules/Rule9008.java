package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9008: InitialPPMeetingDate (N00830), when given, is within the collection period.
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9008 implements CensusRule {

    @Override
    public String code() {
        return "9008";
    }

    @Override
    public String message() {
        return "The date of the first effective pre-proceedings meeting must be within the reporting year.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.initialPpMeetingDate() != null && !RuleDates.inPeriod(p.initialPpMeetingDate(), context)) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("InitialPPMeetingDate", p.initialPpMeetingDate()));
                }
            }
        }
    }
}
