package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8608: an assessment's authorisation date, if given, is on or after its start date. */
@Component
class Rule8608 implements CensusRule {

    @Override
    public String code() {
        return "8608";
    }

    @Override
    public String message() {
        return "Assessment Start Date cannot be later than its End Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment a : episode.assessments()) {
                if (CensusDates.after(a.actualStartDate(), a.authorisationDate())) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, a.sourceId(),
                            of("AssessmentActualStartDate", a.actualStartDate()),
                            of("AssessmentAuthorisationDate", a.authorisationDate()));
                }
            }
        }
    }
}
