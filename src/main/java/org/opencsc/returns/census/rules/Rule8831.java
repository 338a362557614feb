package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8831: a referral with no further action has no assessment dates, no S47 start and no initial
 * conference. One problem per episode, naming every activity found.
 */
@Component
class Rule8831 implements CensusRule {

    @Override
    public String code() {
        return "8831";
    }

    @Override
    public String message() {
        return "Activity is recorded against a case marked as a referral with no further action";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (!Boolean.TRUE.equals(episode.referralNfa())) {
                continue;
            }
            List<CensusProblem.Field> activity = new ArrayList<>();
            for (Assessment assessment : episode.assessments()) {
                if (assessment.actualStartDate() != null) {
                    activity.add(of("AssessmentActualStartDate", assessment.actualStartDate()));
                }
                if (assessment.authorisationDate() != null) {
                    activity.add(of("AssessmentAuthorisationDate", assessment.authorisationDate()));
                }
            }
            for (Section47 enquiry : episode.section47s()) {
                if (enquiry.actualStartDate() != null) {
                    activity.add(of("S47ActualStartDate", enquiry.actualStartDate()));
                }
                if (enquiry.dateOfInitialCpc() != null) {
                    activity.add(of("DateOfInitialCPC", enquiry.dateOfInitialCpc()));
                }
            }
            if (episode.dateOfInitialCpc() != null) {
                activity.add(of("DateOfInitialCPC", episode.dateOfInitialCpc()));
            }
            if (!activity.isEmpty()) {
                activity.addFirst(of("ReferralNFA", episode.referralNfa()));
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        activity.toArray(CensusProblem.Field[]::new));
            }
        }
    }
}
