package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8740: an S47 whose initial conference is still required and not yet held started on or
 * between the collection start and the reference date.
 */
@Component
class Rule8740 implements CensusRule {

    @Override
    public String code() {
        return "8740";
    }

    @Override
    public String message() {
        return "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 s47 : episode.section47s()) {
                if (s47.dateOfInitialCpc() == null && Boolean.FALSE.equals(s47.icpcNotRequired())
                        && CensusDates.outsideCollection(s47.actualStartDate(), context)) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("S47ActualStartDate", s47.actualStartDate()), of("DateOfInitialCPC", null),
                            of("ICPCnotRequired", s47.icpcNotRequired()));
                }
            }
        }
    }
}
