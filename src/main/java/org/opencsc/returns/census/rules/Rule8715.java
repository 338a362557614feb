package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8715: an S47's initial conference date, if given, is on or between the collection start and
 * the reference date. The DfE's module is Section47: the episode-level DateOfInitialCPC (an
 * ICPC whose enquiry was in an earlier year) is not this rule's.
 */
@Component
class Rule8715 implements CensusRule {

    @Override
    public String code() {
        return "8715";
    }

    @Override
    public String message() {
        return "Date of Initial Child Protection Conference must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 s47 : episode.section47s()) {
                if (CensusDates.outsideCollection(s47.dateOfInitialCpc(), context)) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("DateOfInitialCPC", s47.dateOfInitialCpc()),
                            of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
