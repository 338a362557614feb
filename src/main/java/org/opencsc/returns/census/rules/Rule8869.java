package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8869: "21" (no factors identified) is an assessment's only factor when it is given. */
@Component
class Rule8869 implements CensusRule {

    @Override
    public String code() {
        return "8869";
    }

    @Override
    public String message() {
        return "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                if (assessment.factors().contains(CensusCodes.NO_FACTORS)
                        && assessment.factors().stream().anyMatch(f -> !f.equals(CensusCodes.NO_FACTORS))) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentFactors", String.join(", ", assessment.factors())));
                }
            }
        }
    }
}
