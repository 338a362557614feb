package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8839: within one episode at most one S47 enquiry is open: no initial conference date and not
 * marked as needing no conference. Each open enquiry is reported when there are two or more.
 */
@Component
class Rule8839 implements CensusRule {

    @Override
    public String code() {
        return "8839";
    }

    @Override
    public String message() {
        return "Within one CINDetails group there are 2 or more open S47 Assessments";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            List<Section47> open = episode.section47s().stream()
                    .filter(s -> s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired()))
                    .toList();
            if (open.size() < 2) {
                continue;
            }
            for (Section47 enquiry : open) {
                problems.report(this, child, CensusModule.SECTION_47, enquiry.sourceId(),
                        of("S47ActualStartDate", enquiry.actualStartDate()),
                        of("DateOfInitialCPC", enquiry.dateOfInitialCpc()),
                        of("ICPCnotRequired", enquiry.icpcNotRequired()));
            }
        }
    }
}
