package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8736: an assessment not yet authorised started on or between the collection start and the
 * reference date (one open from an earlier year would have been returned then, and completed).
 */
@Component
class Rule8736 implements CensusRule {

    @Override
    public String code() {
        return "8736";
    }

    @Override
    public String message() {
        return "For an Assessment that has not been completed, the start date must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment a : episode.assessments()) {
                if (a.authorisationDate() == null && CensusDates.outsideCollection(a.actualStartDate(), context)) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, a.sourceId(),
                            of("AssessmentActualStartDate", a.actualStartDate()),
                            of("AssessmentAuthorisationDate", null));
                }
            }
        }
    }
}
