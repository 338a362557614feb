package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/** 8615: an S47 with an initial conference date has a start date on or before it. */
@Component
class Rule8615 implements CensusRule {

    @Override
    public String code() {
        return "8615";
    }

    @Override
    public String message() {
        return "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 s47 : episode.section47s()) {
                var conference = s47.dateOfInitialCpc();
                var start = s47.actualStartDate();
                if (conference != null && (start == null || start.isAfter(conference))) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("S47ActualStartDate", start), of("DateOfInitialCPC", conference));
                }
            }
        }
    }
}
