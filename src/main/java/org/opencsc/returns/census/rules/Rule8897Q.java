package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8897Q: an assessment authorised in the collection year (on or after its first day) has at
 * least one factor, and every factor is a valid code.
 */
@Component
class Rule8897Q implements CensusRule {

    @Override
    public String code() {
        return "8897Q";
    }

    @Override
    public String message() {
        return "Parental or child factors at assessment information is missing from a completed assessment";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                if (assessment.authorisationDate() == null || assessment.authorisationDate().isBefore(context.collectionStart())) {
                    continue;
                }
                if (assessment.factors().isEmpty() || assessment.factors().stream()
                        .anyMatch(f -> !CensusCodes.isIn(CensusCodes.ASSESSMENT_FACTORS, f))) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentAuthorisationDate", assessment.authorisationDate()),
                            of("AssessmentFactors", String.join(", ", assessment.factors())));
                }
            }
        }
    }
}
