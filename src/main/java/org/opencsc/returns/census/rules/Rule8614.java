package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8614: factors identified at assessment belong only to an authorised (completed) assessment. */
@Component
class Rule8614 implements CensusRule {

    @Override
    public String code() {
        return "8614";
    }

    @Override
    public String message() {
        return "Parental or child factors at assessment should only be present for a completed assessment.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment a : episode.assessments()) {
                if (a.authorisationDate() == null && !a.factors().isEmpty()) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, a.sourceId(),
                            of("AssessmentAuthorisationDate", null),
                            of("AssessmentFactors", String.join(" ", a.factors())));
                }
            }
        }
    }
}
