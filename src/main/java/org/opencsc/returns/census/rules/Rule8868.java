package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8868: every S47 enquiry of a closed episode is completed, by an initial conference date or
 * the ICPC-not-required flag. Reported on each enquiry that has neither.
 */
@Component
class Rule8868 implements CensusRule {

    @Override
    public String code() {
        return "8868";
    }

    @Override
    public String message() {
        return "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.cinClosureDate() == null) {
                continue;
            }
            for (Section47 enquiry : episode.section47s()) {
                if (enquiry.dateOfInitialCpc() == null && !Boolean.TRUE.equals(enquiry.icpcNotRequired())) {
                    problems.report(this, child, CensusModule.SECTION_47, enquiry.sourceId(),
                            of("CINclosureDate", episode.cinClosureDate()),
                            of("S47ActualStartDate", enquiry.actualStartDate()),
                            of("DateOfInitialCPC", enquiry.dateOfInitialCpc()),
                            of("ICPCnotRequired", enquiry.icpcNotRequired()));
                }
            }
        }
    }
}
