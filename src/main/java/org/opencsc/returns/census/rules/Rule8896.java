package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8896: within one episode at most one assessment is open (unauthorised); each is reported when there are more. */
@Component
class Rule8896 implements CensusRule {

    @Override
    public String code() {
        return "8896";
    }

    @Override
    public String message() {
        return "Within one CINDetails group there are 2 or more open Assessments groups";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            List<Assessment> open = episode.assessments().stream().filter(a -> a.authorisationDate() == null).toList();
            if (open.size() < 2) {
                continue;
            }
            for (Assessment assessment : open) {
                problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                        of("AssessmentActualStartDate", assessment.actualStartDate()),
                        of("AssessmentAuthorisationDate", assessment.authorisationDate()));
            }
        }
    }
}
