package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import java.util.Set;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8863Q: within one episode no assessment starts on or between another assessment's start and
 * its authorisation date, or the reference date while that assessment is not yet authorised.
 */
@Component
class Rule8863Q implements CensusRule {

    @Override
    public String code() {
        return "8863Q";
    }

    @Override
    public String message() {
        return "An Assessment is shown as starting when there is another Assessment ongoing.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            List<Assessment> assessments = episode.assessments();
            Set<Integer> inside = OverlappingStarts.startingInsideAnother(assessments.stream()
                    .map(a -> new OverlappingStarts.Span(a.actualStartDate(),
                            a.authorisationDate() != null ? a.authorisationDate() : context.referenceDate()))
                    .toList());
            for (int i = 0; i < assessments.size(); i++) {
                if (inside.contains(i)) {
                    Assessment assessment = assessments.get(i);
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentActualStartDate", assessment.actualStartDate()),
                            of("AssessmentAuthorisationDate", assessment.authorisationDate()));
                }
            }
        }
    }
}
