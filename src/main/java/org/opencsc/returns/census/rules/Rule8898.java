package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.HashSet;
import java.util.Set;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8898: an assessment gives each factor once (reported once per repeated code). */
@Component
class Rule8898 implements CensusRule {

    @Override
    public String code() {
        return "8898";
    }

    @Override
    public String message() {
        return "The assessment has more than one parental or child factors with the same code";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Assessment assessment : episode.assessments()) {
                Set<String> seen = new HashSet<>();
                Set<String> reported = new HashSet<>();
                for (String factor : assessment.factors()) {
                    if (!seen.add(factor) && reported.add(factor)) {
                        problems.report(this, child, CensusModule.ASSESSMENTS, assessment.sourceId(),
                                of("AssessmentActualStartDate", assessment.actualStartDate()),
                                of("AssessmentFactors", factor));
                    }
                }
            }
        }
    }
}
