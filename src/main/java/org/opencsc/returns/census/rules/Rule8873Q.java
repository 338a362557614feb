package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8873Q: an episode whose only assessment is completed (authorised) with "21" (no factors
 * identified) closes with RC8 or RC9. An open episode is queried too: the DfE's rule asks for
 * the reason whatever the episode's state. Reported on the episode, whose reason is the item asked for.
 */
@Component
class Rule8873Q implements CensusRule {

    @Override
    public String code() {
        return "8873Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.assessments().size() != 1) {
                continue;
            }
            Assessment only = episode.assessments().getFirst();
            if (only.authorisationDate() != null && only.factors().contains(CensusCodes.NO_FACTORS)
                    && !CensusCodes.isIn(CensusCodes.CLOSED_AFTER_ASSESSMENT, episode.reasonForClosure())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("ReasonForClosure", episode.reasonForClosure()),
                        of("AssessmentFactors", String.join(", ", only.factors())));
            }
        }
    }
}
