package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8950Q: the retired factor 19A is queried: 19B and 19C replaced it. Case is ignored. */
@Component
class Rule8950Q implements CensusRule {

    @Override
    public String code() {
        return "8950Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                if (assessment.factors().stream().anyMatch(f -> f.strip().equalsIgnoreCase("19A"))) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentFactors", String.join(", ", assessment.factors())));
                }
            }
        }
    }
}
