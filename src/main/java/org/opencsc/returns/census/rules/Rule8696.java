package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8696: an assessment's authorisation date, if given, is on or between the collection start and the reference date. */
@Component
class Rule8696 implements CensusRule {

    @Override
    public String code() {
        return "8696";
    }

    @Override
    public String message() {
        return "Assessment end date must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment a : episode.assessments()) {
                if (CensusDates.outsideCollection(a.authorisationDate(), context)) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, a.sourceId(),
                            of("AssessmentAuthorisationDate", a.authorisationDate()),
                            of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
