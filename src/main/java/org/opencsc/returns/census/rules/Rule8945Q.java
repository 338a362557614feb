package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8945Q: the retired factor 18A is queried: 18B and 18C replaced it. Case is ignored. */
@Component
class Rule8945Q implements CensusRule {

    @Override
    public String code() {
        return "8945Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                if (assessment.factors().stream().anyMatch(f -> f.strip().equalsIgnoreCase("18A"))) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentFactors", String.join(", ", assessment.factors())));
                }
            }
        }
    }
}
