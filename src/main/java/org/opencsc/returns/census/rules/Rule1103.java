package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 1103: an assessment starts on or after the referral date of its episode. */
@Component
class Rule1103 implements CensusRule {

    @Override
    public String code() {
        return "1103";
    }

    @Override
    public String message() {
        return "The assessment start date cannot be before the referral date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                if (RuleDates.before(assessment.actualStartDate(), episode.cinReferralDate())) {
                    problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                            of("AssessmentActualStartDate", assessment.actualStartDate()),
                            of("CINreferralDate", episode.cinReferralDate()));
                }
            }
        }
    }
}
