package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8670Q: an assessment not yet authorised should not have started before the reference date
 * minus 45 working days (the statutory timescale is 45 working days).
 */
@Component
class Rule8670Q implements CensusRule {

    private static final int ASSESSMENT_WORKING_DAYS = 45;

    @Override
    public String code() {
        return "8670Q";
    }

    @Override
    public String message() {
        return "Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate limit = null;
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment a : episode.assessments()) {
                if (a.authorisationDate() != null || a.actualStartDate() == null) {
                    continue;
                }
                if (limit == null) {
                    limit = CensusDates.workingDaysBefore(context.workingDays(), context.referenceDate(),
                            ASSESSMENT_WORKING_DAYS);
                }
                if (a.actualStartDate().isBefore(limit)) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, a.sourceId(),
                            of("AssessmentActualStartDate", a.actualStartDate()),
                            of("AssessmentAuthorisationDate", null), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
