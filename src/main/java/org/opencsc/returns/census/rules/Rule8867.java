package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8867: every assessment of a closed episode is authorised. Reported on each unauthorised
 * assessment, the record to complete (an episode closed with no assessment passes).
 */
@Component
class Rule8867 implements CensusRule {

    @Override
    public String code() {
        return "8867";
    }

    @Override
    public String message() {
        return "CIN episode is shown as closed, however Assessment is not shown as completed";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.cinClosureDate() == null) {
                continue;
            }
            for (Assessment assessment : episode.assessments()) {
                if (assessment.authorisationDate() == null) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("CINclosureDate", episode.cinClosureDate()),
                            of("AssessmentActualStartDate", assessment.actualStartDate()),
                            of("AssessmentAuthorisationDate", assessment.authorisationDate()));
                }
            }
        }
    }
}
